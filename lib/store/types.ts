import type { Response } from "@/lib/quiz/score";

/** One scored quiz attempt, as stored. `subjectId` is an anonymous id or a user id. */
export type AttemptRecord = {
  attemptId: string;
  subjectId: string;
  slug: string;
  createdAt: number;
  /** The questions this attempt covered: the whole quiz, or a retry of missed ones. */
  questionIds: string[];
  responses: Record<string, Response>;
  credits: Record<string, number>;
  score: number;
  maxScore: number;
};

export type RecordResult =
  | { status: "created"; attempt: AttemptRecord }
  /** The same attempt id was stored before (a retried submission): nothing new is written. */
  | { status: "duplicate"; attempt: AttemptRecord }
  /** The attempt id belongs to someone else: neither overwritten nor revealed. */
  | { status: "conflict" };

/**
 * The storage port. Domain operations only, so the embedded SQLite adapter and the KV adapter
 * are drop-in replacements, proven by one contract suite (store-contract.ts).
 */
export interface Store {
  /** Idempotent on attemptId: a repeat returns the stored attempt and writes nothing. */
  recordAttempt(attempt: AttemptRecord): Promise<RecordResult>;
  /** Only the subject's own attempt: ownership is checked where the data is read. */
  getAttempt(subjectId: string, attemptId: string): Promise<AttemptRecord | undefined>;
  /** Newest first. */
  listAttempts(subjectId: string, slug?: string): Promise<AttemptRecord[]>;
  /** Moves every attempt of `from` to `into`; running it again moves nothing. */
  mergeSubjects(from: string, into: string): Promise<{ moved: number }>;
  close(): Promise<void>;
}
