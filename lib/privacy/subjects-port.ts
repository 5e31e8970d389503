// The storage the data-rights feature needs: everything held about one subject. lib/store
// implements it, proven by test/contracts/subject-contract.ts.
import type { ClassResult, Membership, StudentRecord } from "@/lib/classes/types";
import type { AttemptRecord } from "@/lib/quiz/attempt";

/** One class a subject is in, as their data download shows it. */
export type SubjectClassData = {
  membership: Membership;
  /** Undefined when the class or the student is gone (expired, deleted, removed). */
  student?: StudentRecord;
  result?: ClassResult;
};

/**
 * What is held about one subject (an anonymous id or a user id) across features, and the
 * rights over it: moving an anonymous reader's data to their account, downloading it,
 * deleting it, and retention over everything.
 */
export interface SubjectsPort {
  /** Moves every attempt and membership link of `from` to `into`; running it again moves nothing. */
  mergeSubjects(from: string, into: string): Promise<{ moved: number }>;

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
