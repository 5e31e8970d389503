import "server-only";
import { createClient } from "@vercel/kv";
import { kvClassOps } from "./kv-classes";
import { kvRateLimitOps } from "./kv-rate-limits";
import { classRetentionDays } from "@/lib/classes/retention";
import type { AttemptRecord, RecordResult } from "@/lib/quiz/attempt";
import type { Store } from "./port";

export type KvStoreOptions = {
  url: string;
  token: string;
  /** Namespace for every key, so several apps or test runs can share one database. */
  prefix?: string;
  /** Per-request limit: a store that hangs must become a message, not a stuck submission. */
  timeoutMs?: number;
  /** Days class data is kept after the class closes. */
  retentionDays?: () => number;
};

// Claim the attempt id and write the attempt in one atomic step (one round trip): a retried
// submission, even one whose first answer was lost, finds its claim and stores nothing new.
// Ownership is membership of the subject's hash, so a merge needs no per-attempt rewrite.
const RECORD = `
if redis.call('SET', KEYS[1], '1', 'NX') then
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
  return {'created'}
end
local stored = redis.call('HGET', KEYS[2], ARGV[1])
if stored then return {'duplicate', stored} end
return {'conflict'}
`;

// Every field of one subject's hash into another's, then the old hash goes: atomic, so a
// repeat (or a race with a second sign-in) moves nothing twice.
const MERGE = `
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  redis.call('HSET', KEYS[2], all[i], all[i + 1])
end
redis.call('DEL', KEYS[1])
return #all / 2
`;

type Stored = Omit<AttemptRecord, "subjectId">;

/**
 * The production adapter: Vercel KV (Upstash Redis over REST). Key layout and the command
 * count of each operation are in lib/store/README.md. Every operation is one HTTP request.
 */
export function createKvStore({
  url,
  token,
  prefix = "bq:",
  timeoutMs = 2000,
  retentionDays = classRetentionDays,
}: KvStoreOptions): Store {
  const kv = createClient({
    url,
    token,
    // Strings in, strings out: we parse our own JSON, and never guess at what a value is.
    automaticDeserialization: false,
    // One quick retry for a refused connection; a timeout is final (the caller says "not
    // saved yet" and the browser retries with the same attempt id, which is safe).
    retry: { retries: 1, backoff: () => 100 },
    signal: () => AbortSignal.timeout(timeoutMs),
  });
  const claimKey = (attemptId: string) => `${prefix}attempt:${attemptId}`;
  const subjectKey = (subjectId: string) => `${prefix}subject:${subjectId}:attempts`;
  const toRecord = (subjectId: string, json: string): AttemptRecord => ({
    ...(JSON.parse(json) as Stored),
    subjectId,
  });

  return {
    ...kvClassOps(kv, prefix, retentionDays),
    ...kvRateLimitOps(kv, prefix),

    async recordAttempt(attempt): Promise<RecordResult> {
      const { subjectId, ...stored } = attempt;
      const [status, json] = await kv.eval<string[], [string, string?]>(
        RECORD,
        [claimKey(attempt.attemptId), subjectKey(subjectId)],
        [attempt.attemptId, JSON.stringify(stored)],
      );
      if (status === "created") return { status, attempt };
      if (status === "duplicate" && json) {
        return { status, attempt: toRecord(subjectId, json) };
      }
      return { status: "conflict" };
    },

    async getAttempt(subjectId, attemptId) {
      const json = await kv.hget<string>(subjectKey(subjectId), attemptId);
      return json ? toRecord(subjectId, json) : undefined;
    },

    async listAttempts(subjectId, slug) {
      const all = ((await kv.hvals(subjectKey(subjectId))) ?? []) as string[];
      return all
        .map((json) => toRecord(subjectId, json))
        .filter((a) => slug === undefined || a.slug === slug)
        .sort((a, b) => b.createdAt - a.createdAt || b.attemptId.localeCompare(a.attemptId));
    },

    async mergeSubjects(from, into) {
      if (from === into) return { moved: 0 };
      const moved = await kv.eval<string[], number>(
        MERGE,
        [subjectKey(from), subjectKey(into)],
        [],
      );
      return { moved };
    },

    async close() {
      // Stateless HTTP: nothing to release.
    },
  };
}
