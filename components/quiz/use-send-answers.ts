import { useState, useTransition } from "react";
import { unstable_isUnrecognizedActionError } from "next/navigation";
import type { QuizAction, QuizActionState } from "@/lib/quiz/quiz-action-state";

/** What the form says when a send fails, in the page's words (props, not code). */
type SendWords = { notSent: string; stale: string };

/**
 * What a send that threw leaves on screen. A thrown send never reached a stored attempt, so
 * the draft stays and the reader sees a message instead of an error screen.
 */
export function failedSend(error: unknown, words: SendWords): NonNullable<QuizActionState> {
  // A deployment replaced the action (its id is gone from the server): resending the same
  // request can never work, reloading the page gets the new build's action and does.
  if (unstable_isUnrecognizedActionError(error)) {
    return { fieldErrors: {}, formError: words.stale, values: {}, payload: { stale: true } };
  }
  // Anything else (offline, a dropped connection, a server that did not answer) may pass
  // next time: ask for a resend of the same attempt (see useResendUntilSaved).
  return { fieldErrors: {}, formError: words.notSent, values: {}, payload: { retry: true } };
}

/**
 * Sends the answers with JavaScript. The form calls the server action itself rather than
 * through `<form action>` (which still serves the no-JS post), so that a failure becomes
 * state on this page, including a stale deployment, and the draft is kept for the next try.
 */
export function useSendAnswers(action: QuizAction, words: SendWords) {
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
        setSent(failedSend(error, words));
      }
    });

  return { sent, sending, send };
}
