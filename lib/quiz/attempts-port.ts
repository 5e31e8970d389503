// The storage the quiz feature needs: its attempts. lib/store implements it (SQLite and KV),
// proven by test/contracts/attempt-contract.ts; lib/services hands it to the attempts service.
import type { AttemptRecord, RecordResult } from "./attempt";

/**
 * Quiz attempts, owned by a subject (an anonymous id or a user id). Retention: a subject's
 * attempts and membership links expire together, `attemptRetentionDays` after the subject's
 * last write (an attempt's `createdAt`, a link's `now`); every write renews it. Reads take
 * `now` (default the clock) and return nothing expired, whether or not it is swept yet.
 */
export interface AttemptsPort {
  /** Idempotent on attemptId: a repeat returns the stored attempt and writes nothing. */
  recordAttempt(attempt: AttemptRecord): Promise<RecordResult>;
  /** Only the subject's own attempt: ownership is checked where the data is read. */
  getAttempt(
    subjectId: string,
    attemptId: string,
    now?: number,
  ): Promise<AttemptRecord | undefined>;
  /** Newest first. */
  listAttempts(subjectId: string, slug?: string, now?: number): Promise<AttemptRecord[]>;
}
