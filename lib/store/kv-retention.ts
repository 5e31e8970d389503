import "server-only";
import type { AttemptRecord } from "@/lib/quiz/attempt";
import type { KvClient } from "./kv-client";
import type { KvKeys } from "./kv-keys";
import { APPLY_RETENTION } from "./kv-subject-scripts";
import type { RetentionReport, SubjectsPort } from "@/lib/privacy/subjects-port";

/** Keys asked for per SCAN step; each step's subjects then cost two requests. */
const PAGE = 500;

type Options = {
  retentionMs: () => number;
  /** The adapter's own reading of a stored attempt (kv-store.ts). */
  toRecord: (subjectId: string, json: string) => AttemptRecord;
};

/**
 * Retention over the whole database, for an operator's run. Writes renew a subject's expiry,
 * so only data written before retention existed lacks one: this finds it with SCAN (never
 * KEYS, which blocks the server) and dates it; see APPLY_RETENTION.
 */
export function kvRetentionOps(
  kv: KvClient,
  keys: KvKeys,
  { retentionMs, toRecord }: Options,
): Pick<SubjectsPort, "applyRetention"> {
  return {
    async applyRetention(now = Date.now()) {
      const report: RetentionReport = { removed: 0, dated: 0, claims: 0 };
      // One retention for the whole run, read once.
      const retention = retentionMs();
      for await (const page of scan(kv, keys.subjectPattern)) {
        const subjects = [...new Set(page.map(keys.subjectOf))].filter((s) => s !== undefined);
        if (subjects.length) await applyTo(subjects, now, retention, report);
      }
      for await (const page of scan(kv, keys.claimPattern)) {
        if (!page.length) continue;
        // A claim holds no personal data: one without an expiry keeps the retention from now.
        const claims = kv.pipeline();
        for (const key of page) claims.pexpire(key, retention, "NX");
        report.claims += (await claims.exec<number[]>()).reduce((sum, set) => sum + set, 0);
      }
      return report;
    },
  };

  async function applyTo(
    subjects: string[],
    now: number,
    retention: number,
    report: RetentionReport,
  ) {
    const read = kv.pipeline();
    for (const id of subjects) read.hvals(keys.attempts(id));
    const attempts = await read.exec<(string[] | null)[]>();
    const apply = kv.pipeline();
    subjects.forEach((id, i) => {
      const times = (attempts[i] ?? []).map((json) => toRecord(id, json).createdAt);
      const lastActivity = times.length ? Math.max(...times) : now;
      apply.eval(
        APPLY_RETENTION,
        [keys.attempts(id), keys.links(id)],
        [String(lastActivity + retention), String(now)],
      );
    });
    for (const outcome of await apply.exec<number[]>()) {
      if (outcome === 2) report.removed++;
      if (outcome === 1) report.dated++;
    }
  }
}

async function* scan(kv: KvClient, match: string): AsyncGenerator<string[]> {
  let cursor = "0";
  do {
    const [next, keys] = await kv.scan(cursor, { match, count: PAGE });
    yield keys;
    cursor = String(next);
  } while (cursor !== "0");
}
