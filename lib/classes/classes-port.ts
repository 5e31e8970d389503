// The storage the classes feature needs: class links, their students and results. lib/store
// implements it, proven by test/contracts/class-contract.ts and student-contract.ts.
import type { ClassAttempt, ClassPatch, ClassRecord, ClassRoster, StudentRecord } from "./types";

/** Class links, their students and the results each student's attempts leave in them. */
export interface ClassesPort {
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
   * Owner only: lets a removed student back in (undoes `removeStudent`). They get their
   * nickname back, with a visible suffix if someone has taken it since; their result from
   * before is gone. Undefined when not the owner's class, no such student, or not removed.
   */
  restoreStudent(
    code: string,
    ownerId: string,
    studentId: string,
  ): Promise<StudentRecord | undefined>;
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
