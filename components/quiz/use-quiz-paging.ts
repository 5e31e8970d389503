import { useCallback, useRef, useState } from "react";

/**
 * One question a screen: which one is shown, moving between them, and focus. Moving puts
 * keyboard and screen-reader focus on the new question's heading (attach `headingRef` to the
 * current one), so the reader hears where they are instead of staying on a button that moved.
 */
export function useQuizPaging(
  questions: readonly { id: string }[],
  /** Whether the reader may leave this question forwards (its answer validates). */
  canLeave: (questionId: string) => Promise<boolean>,
) {
  const [index, setIndex] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const count = questions.length;
  const last = index === count - 1;

  const go = (to: number) => {
    setIndex(to);
    // After the commit: until then headingRef still holds the old question's heading, and
    // the new question is hidden.
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  // Back to a saved position, without moving focus (nothing was pressed). Stable per count:
  // restoring runs in an effect that must not run again on each render. A draft from a
  // longer version of the quiz lands on the last question.
  const restore = useCallback((to: number) => setIndex(Math.min(to, count - 1)), [count]);

  // Back and Next are only shown within bounds; the guards keep a stray call harmless.
  const back = () => {
    if (index > 0) go(index - 1);
  };
  const next = async () => {
    if (last) return;
    // Validate when the reader tries to move on, not while they answer.
    if (await canLeave(questions[index]!.id)) go(index + 1);
  };

  /** Shows the first question (in quiz order) that has an error; stays put if none has. */
  const showFirstError = (hasError: (questionId: string) => unknown) => {
    const first = questions.findIndex((q) => hasError(q.id));
    if (first >= 0) go(first);
  };

  return { index, last, headingRef, restore, back, next, showFirstError };
}
