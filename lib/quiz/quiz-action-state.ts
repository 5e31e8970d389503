import type { ActionState } from "@/lib/forms/action-state";
import type { AnswerValue } from "./answer-form-schema";

/** The answers as posted, by question id (`answers.<question>` in the form). */
type PostedAnswers = Record<string, AnswerValue>;

/** What only the quiz's form needs back beside its messages. */
type QuizPayload = {
  /** Not saved yet (store unreachable, or rate-limited): send the same attempt again later. */
  retry?: boolean;
  /** With `retry`: the id to send again, so a form without JS cannot store twice. */
  attemptId?: string;
  /** Rate-limited: the next resend waits at least this long. */
  retryAfterSeconds?: number;
  /** The page is from an older deployment (its action is gone): reloading fixes it. */
  stale?: boolean;
};

/**
 * The quiz action's state: the shared ActionState, its field messages keyed by question id.
 * `values` is empty when the answers never reached the schema (a thrown send, an unknown quiz).
 */
export type QuizActionState = ActionState<PostedAnswers, QuizPayload>;

export type QuizAction = (state: QuizActionState, form: FormData) => Promise<QuizActionState>;
