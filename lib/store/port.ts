// The storage port: domain operations only, split by concern, so the embedded SQLite adapter
// and the KV adapter are drop-in replacements, proven by one contract suite per concern
// (test/contracts/). The port speaks the domain's types; the domain never imports the store.
import type {
  ClassAttempt,
  ClassPatch,
  ClassRecord,
  ClassRoster,
  StudentRecord,
} from "@/lib/classes/types";
import type { AttemptRecord, RecordResult } from "@/lib/quiz/attempt";
import type { RateDecision } from "@/lib/rate-limit/sliding-window";

/** Quiz attempts, owned by a subject (an anonymous id or a user id). */
export interface AttemptStore {
  /** Idempotent on attemptId: a repeat returns the stored attempt and writes nothing. */
  recordAttempt(attempt: AttemptRecord): Promise<RecordResult>;
  /** Only the subject's own attempt: ownership is checked where the data is read. */
  getAttempt(subjectId: string, attemptId: string): Promise<AttemptRecord | undefined>;
  /** Newest first. */
  listAttempts(subjectId: string, slug?: string): Promise<AttemptRecord[]>;
  /** Moves every attempt of `from` to `into`; running it again moves nothing. */
  mergeSubjects(from: string, into: string): Promise<{ moved: number }>;
}

/** Class links, their students and the results each student's attempts leave in them. */
export interface ClassStore {
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
}

/** Rate-limit counters, kept where every instance sees them. */
export interface RateLimitStore {
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
}

export interface Store extends AttemptStore, ClassStore, RateLimitStore {
  close(): Promise<void>;
}
