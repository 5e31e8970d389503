// The storage port: domain operations only, split by concern, so the embedded SQLite adapter
// and the KV adapter are drop-in replacements, proven by one contract suite per concern
// (test/contracts/). The port speaks the domain's types; the domain never imports the store.
import type {
  ClassAttempt,
  ClassPatch,
  ClassRecord,
  ClassResult,
  ClassRoster,
  Membership,
  StudentRecord,
} from "@/lib/classes/types";
import type { AttemptRecord, RecordResult } from "@/lib/quiz/attempt";
import type { RateDecision } from "@/lib/rate-limit/sliding-window";

/**
 * Quiz attempts, owned by a subject (an anonymous id or a user id). Retention: a subject's
 * attempts and membership links expire together, `attemptRetentionDays` after the subject's
 * last write (an attempt's `createdAt`, a link's `now`); every write renews it. Reads take
 * `now` (default the clock) and return nothing expired, whether or not it is swept yet.
 */
export interface AttemptStore {
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
  /** Moves every attempt and membership link of `from` to `into`; running it again moves nothing. */
  mergeSubjects(from: string, into: string): Promise<{ moved: number }>;
}

/** One class a subject is in, as their data download shows it. */
export type SubjectClassData = {
  membership: Membership;
  /** Undefined when the class or the student is gone (expired, deleted, removed). */
  student?: StudentRecord;
  result?: ClassResult;
};

/** What the store holds about one subject, and taking it all back. */
export interface SubjectStore {
  /** Links the subject to its student id in a class (idempotent; renews retention). */
  linkMembership(subjectId: string, membership: Membership, now: number): Promise<void>;
  /** The subject's linked memberships that have not expired. */
  listMemberships(subjectId: string, now?: number): Promise<Membership[]>;
  /**
   * Everything held about the subject: its attempts, and in each class it is linked to (plus
   * `extra`, memberships this browser's class cookies name) its student record and result.
   */
  exportSubject(
    subjectId: string,
    extra: Membership[],
    now?: number,
  ): Promise<{ attempts: AttemptRecord[]; classes: SubjectClassData[] }>;
  /**
   * Deletes it all in one atomic operation: the subject's attempts and links and, in each
   * linked class (plus `extra`), the student, their nickname and their result, so no
   * dashboard or CSV lists them again. Attempt-id claims (no personal data) are left to expire.
   */
  deleteSubject(
    subjectId: string,
    extra: Membership[],
  ): Promise<{ attempts: number; classes: number }>;
  /**
   * Applies attempt retention to everything held, at once (an operator's run:
   * `npm run store:retention`): every subject past retention at `now` is deleted, not only
   * hidden. KV data written before retention existed has no expiry; it gets one here (last
   * attempt + retention; the run's time + retention for links alone), as do attempt-id claims.
   * Running it again changes nothing.
   */
  applyRetention(now?: number): Promise<RetentionReport>;
}

/** What one retention run did: subjects deleted, subjects and claims given an expiry (KV). */
export type RetentionReport = { removed: number; dated: number; claims: number };

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
  /** A removed student comes back with `removedAt` (their browser sees "removed"). */
  getStudent(code: string, studentId: string): Promise<StudentRecord | undefined>;
  /**
   * Owner only (false for anyone else, or no such student): frees the nickname, drops the
   * student's result, and marks them removed so the same student id cannot rejoin.
   * Idempotent. `joinClass` with a removed id returns the removed record unchanged.
   */
  removeStudent(code: string, ownerId: string, studentId: string, now: number): Promise<boolean>;
  /**
   * Owner only: gives a (not removed) student a new nickname, exactly as given. "taken" when
   * another student has it (case-insensitive, as at join); undefined when not the owner's
   * class or no such student. Renaming to the current name is a no-op success.
   */
  renameStudent(
    code: string,
    ownerId: string,
    studentId: string,
    nickname: string,
  ): Promise<StudentRecord | "taken" | undefined>;
  /** Keeps the student's latest and best attempt; idempotent on the attempt id. */
  recordClassAttempt(
    code: string,
    studentId: string,
    attempt: ClassAttempt,
  ): Promise<{ duplicate: boolean }>;
  /** Removed students are left out, as are their results. */
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

export interface Store extends AttemptStore, SubjectStore, ClassStore, RateLimitStore {
  close(): Promise<void>;
}
