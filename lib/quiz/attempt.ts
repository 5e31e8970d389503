import type { Lang } from "@/lib/i18n/lang";
import type { Response } from "./question-types/shared";

/** One scored quiz attempt, as kept. `subjectId` is an anonymous id or a user id. */
export type AttemptRecord = {
  attemptId: string;
  subjectId: string;
  slug: string;
  createdAt: number;
  /** Set when the attempt was made in a class (its result view follows the class's rules). */
  classCode?: string;
  /**
   * The language it was taken in: the same questions and keys, another edition's words.
   * Absent on attempts stored before there was a choice: English.
   */
  lang?: Lang;
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

/** What a class keeps of one attempt: enough for the dashboard and the CSV. */
export type ClassAttempt = Pick<
  AttemptRecord,
  "attemptId" | "createdAt" | "score" | "maxScore" | "responses" | "credits" | "lang"
>;
