import { useState, useTransition } from "react";
import { unstable_isUnrecognizedActionError } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import type { AnswerValue } from "@/lib/quiz/answer-form-schema";

/** The answers as posted, by question id (`answers.<question>` in the form). */
type PostedAnswers = Record<string, AnswerValue>;

/**
 * The shared FormState, messages keyed by question id, plus what only the quiz needs.
 * `values` only when the answers reached the schema: a thrown send or an unknown quiz has none.
 */
export type QuizActionState =
  | (Omit<NonNullable<FormState<PostedAnswers>>, "values"> & {
      values?: PostedAnswers;
      /** Not saved yet (store unreachable): send the same attempt again later. */
      retry?: boolean;
      attemptId?: string;
      /** Rate-limited: the next automatic resend waits at least this long. */
      retryAfterSeconds?: number;
      /** The page is from an older deployment (its action is gone): reloading fixes it. */
      stale?: boolean;
    })
  | null;

export type QuizAction = (state: QuizActionState, form: FormData) => Promise<QuizActionState>;

export const NOT_SENT =
  "Not sent yet: check your connection. Your answers are saved on this device and we'll keep trying; you can also press Submit again.";

export const STALE =
  "This page was updated while you were answering. Reload it to send your answers: they are kept on this device.";

/**
 * What a send that threw leaves on screen. A thrown send never reached a stored attempt, so
 * the draft stays and the reader sees a message instead of an error screen.
 */
export function failedSend(error: unknown): NonNullable<QuizActionState> {
  // A deployment replaced the action (its id is gone from the server): resending the same
  // request can never work, reloading the page gets the new build's action and does.
  if (unstable_isUnrecognizedActionError(error)) return { errors: { "": STALE }, stale: true };
  // Anything else (offline, a dropped connection, a server that did not answer) may pass
  // next time: ask for a resend of the same attempt (see useResendUntilSaved).
  return { errors: { "": NOT_SENT }, retry: true };
}

/**
 * Sends the answers with JavaScript. The form calls the server action itself rather than
 * through `<form action>` (which still serves the no-JS post), so that a failure becomes
 * state on this page, including a stale deployment, and the draft is kept for the next try.
 */
export function useSendAnswers(action: QuizAction) {
  const [sent, setSent] = useState<QuizActionState>(null);
  // The transition's own pending flag: a state set inside an async transition commits only
  // when the transition ends, so a hand-kept "sending" flag would never show as true.
  const [sending, startTransition] = useTransition();

  /** `onResult` sees what came back when the action did not redirect (only problems do). */
  const send = (
    previous: QuizActionState,
    data: FormData,
    onResult: (result: QuizActionState) => void,
  ) =>
    startTransition(async () => {
      try {
        // On success the action redirects to the result; only problems come back.
        const result = await action(previous, data);
        setSent(result);
        onResult(result);
      } catch (error) {
        setSent(failedSend(error));
      }
    });

  return { sent, sending, send };
}
