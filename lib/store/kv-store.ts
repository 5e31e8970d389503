import "server-only";
import { createClient } from "@vercel/kv";
import { kvClassOps } from "./kv-classes";
import { DAY_MS, kvKeys } from "./kv-keys";
import { kvLtiOps } from "./kv-lti";
import { kvRateLimitOps } from "./kv-rate-limits";
import { kvRetentionOps } from "./kv-retention";
import { MERGE, READ, RECORD_ATTEMPT } from "./kv-subject-scripts";
import { kvSubjectOps, newestFirst } from "./kv-subjects";
import { classRetentionDays } from "@/lib/env/env.server";
import type { AttemptRecord, RecordResult } from "@/lib/quiz/attempt";
import { attemptRetentionDays } from "@/lib/env/env.server";
import type { Store } from "@/lib/store/store";

export type KvStoreOptions = {
  url: string;
  token: string;
  /** Namespace for every key, so several apps or test runs can share one database. */
  prefix?: string;
  /** Per-request limit: a store that hangs must become a message, not a stuck submission. */
  timeoutMs?: number;
  /** Days class data is kept after the class closes. */
  classRetentionDays?: () => number;
  /** Days a subject's attempts and class links are kept after its last activity. */
  attemptRetentionDays?: () => number;
};

type Stored = Omit<AttemptRecord, "subjectId">;

/**
 * The production adapter: Vercel KV (Upstash Redis over REST). Key layout, TTLs and the
 * command count of each operation are in lib/store/README.md. Every operation is one HTTP
 * request, except exporting and deleting a subject's data (two).
 */
export function createKvStore({
  url,
  token,
  prefix = "bq:",
  timeoutMs = 2000,
  classRetentionDays: classDays = classRetentionDays,
  attemptRetentionDays: attemptDays = attemptRetentionDays,
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
  const keys = kvKeys(prefix);
  const retentionMs = () => attemptDays() * DAY_MS;
  const toRecord = (subjectId: string, json: string): AttemptRecord => ({
    ...(JSON.parse(json) as Stored),
    subjectId,
  });

  return {
    ...kvClassOps(kv, keys, classDays),
    ...kvSubjectOps(kv, keys, { classDays, retentionMs, toRecord }),
    ...kvRateLimitOps(kv, prefix),
    ...kvLtiOps(kv, prefix, keys),
    ...kvRetentionOps(kv, keys, { retentionMs, toRecord }),

    async recordAttempt(attempt): Promise<RecordResult> {
      const { subjectId, ...stored } = attempt;
      const [status, json] = await kv.eval<string[], [string, string?]>(
        RECORD_ATTEMPT,
        [keys.claim(attempt.attemptId), keys.attempts(subjectId), keys.links(subjectId)],
        [
          attempt.attemptId,
          JSON.stringify(stored),
          String(attempt.createdAt + retentionMs()),
          String(retentionMs()),
        ],
      );
      if (status === "created") return { status, attempt };
      if (status === "duplicate" && json) {
        return { status, attempt: toRecord(subjectId, json) };
      }
      return { status: "conflict" };
    },

    async getAttempt(subjectId, attemptId, now = Date.now()) {
      const [json] = await kv.eval<string[], [string | null]>(
        READ,
        [keys.attempts(subjectId)],
        [String(now), "HGET", attemptId],
      );
      return json ? toRecord(subjectId, json) : undefined;
    },

    async listAttempts(subjectId, slug, now = Date.now()) {
      const [all] = await kv.eval<string[], [string[] | null]>(
        READ,
        [keys.attempts(subjectId)],
        [String(now), "HVALS"],
      );
      return (all ?? [])
        .map((json) => toRecord(subjectId, json))
        .filter((a) => slug === undefined || a.slug === slug)
        .sort(newestFirst);
    },

    async mergeSubjects(from, into) {
      if (from === into) return { moved: 0 };
      const moved = await kv.eval<string[], number>(
        MERGE,
        [keys.attempts(from), keys.attempts(into), keys.links(from), keys.links(into)],
        [],
      );
      return { moved };
    },

    async close() {
      // Stateless HTTP: nothing to release.
    },
  };
}
