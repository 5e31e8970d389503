import { env } from "@/lib/env";
import type { ClassAttempt, ClassRecord, ClassRoster, StudentRecord } from "@/lib/classes/types";
import type { Response } from "@/lib/quiz/types/shared";
import type { RateDecision } from "@/lib/rate-limit/sliding-window";

/** One scored quiz attempt, as stored. `subjectId` is an anonymous id or a user id. */
export type AttemptRecord = {
  attemptId: string;
  subjectId: string;
  slug: string;
  createdAt: number;
  /** Set when the attempt was made in a class (its result view follows the class's rules). */
  classCode?: string;
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

  /** Claims the class code: false when it is taken (the caller draws another). */
  createClass(record: ClassRecord): Promise<boolean>;
  /** A class that has not expired (expired classes are deleted on access or by TTL). */
  getClass(code: string, now: number): Promise<ClassRecord | undefined>;
  /** The owner's classes, newest first. */
  listClasses(ownerId: string, now: number): Promise<ClassRecord[]>;
  /** Owner only: anyone else gets undefined, as for a class that does not exist. */
  updateClass(code: string, ownerId: string, patch: ClassPatch): Promise<ClassRecord | undefined>;
  /** Owner only: the class and every student's data. */
  deleteClass(code: string, ownerId: string): Promise<boolean>;
  /**
   * Adds a student under a nickname unique in the class (a visible " (2)" suffix when taken).
   * Rejoining with the same student id returns the student as first joined.
   */
  joinClass(code: string, studentId: string, nickname: string, now: number): Promise<StudentRecord>;
  getStudent(code: string, studentId: string): Promise<StudentRecord | undefined>;
  /** Keeps the student's latest and best attempt; idempotent on the attempt id. */
  recordClassAttempt(
    code: string,
    studentId: string,
    attempt: ClassAttempt,
  ): Promise<{ duplicate: boolean }>;
  getClassRoster(code: string): Promise<ClassRoster>;

  /**
   * One more hit on a rate-limit key (lib/rate-limit/sliding-window.ts), counted only when
   * allowed; `weight` 0 asks without counting. Atomic: concurrent hits cannot overshoot.
   */
  hitRateLimit(
    key: string,
    limit: number,
    windowMs: number,
    now: number,
    weight?: 0 | 1,
  ): Promise<RateDecision>;

  close(): Promise<void>;
}

/** The class half of the port, which each adapter implements in a module of its own. */
export type ClassOps = Pick<
  Store,
  | "createClass"
  | "getClass"
  | "listClasses"
  | "updateClass"
  | "deleteClass"
  | "joinClass"
  | "getStudent"
  | "recordClassAttempt"
  | "getClassRoster"
>;

/** `null` clears a field (reopen, drop a passed close time, hide answers again). */
export type ClassPatch = {
  closedAt?: number | null;
  closesAt?: number | null;
  revealedAt?: number | null;
};

/** A class with a patch applied: `null` clears a field, a number sets it, absent leaves it. */
export function applyClassPatch(record: ClassRecord, patch: ClassPatch): ClassRecord {
  const next: ClassRecord = { ...record };
  for (const key of ["closedAt", "closesAt", "revealedAt"] as const) {
    if (patch[key] === null) delete next[key];
    else if (patch[key] !== undefined) next[key] = patch[key];
  }
  return next;
}

/** Days a class's data is kept after it closes (CLASS_RETENTION_DAYS, default 180; see lib/env). */
export function classRetentionDays(): number {
  return env().classRetentionDays;
}
