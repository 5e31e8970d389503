import type { ClassAttempt } from "./attempt";

/**
 * What a quiz submission needs from a class, declared here and implemented by the classes
 * feature (lib/classes/class-submissions.server.ts), wired in lib/services: the quiz never
 * imports classes.
 */
export interface ClassSubmissions {
  /**
   * Whether an attempt at this quiz (`slug`) may count in the class named by `code`: this
   * browser's student in an open class for this quiz. Otherwise the message to show.
   */
  admit(
    code: string,
    slug: string,
    now: number,
  ): Promise<{ ok: true; studentId: string } | { ok: false; message: string }>;
  /** Counts the attempt for the student: latest and best, idempotent on the attempt id. */
  count(code: string, studentId: string, attempt: ClassAttempt): Promise<void>;
  /** What a result page says of the class an attempt was made in, if it still exists. */
  resultView(
    code: string,
    now: number,
  ): Promise<{ title: string; answersHidden: boolean } | undefined>;
}
