import { startTransition, useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { QuizFormValues } from "@/lib/quiz/answer-form-schema";
import { newAttemptId } from "@/lib/quiz/attempt-id";
import { readDraft, writeDraft } from "./draft-storage";

type Options = {
  /** The draft's localStorage key (draftKey: quiz, retry subset and class). */
  draftKey: string;
  /** The form's empty values; a restored draft is laid over them. */
  defaults: QuizFormValues;
  form: Pick<UseFormReturn<QuizFormValues>, "reset" | "getValues" | "subscribe">;
  /** The question on screen, saved with the answers so a reload comes back to it. */
  index: number;
  /** Shows the saved question; must be stable (it is an effect dependency). */
  restoreIndex: (index: number) => void;
};

/**
 * The attempt's local draft: its id, answers and position, kept in localStorage until the
 * server has stored the attempt (the result page clears it, see ClearDraft). Returns the
 * attempt id: undefined until the client has taken over the form (after hydration), then
 * the draft's id, or a new one, which every resend of this attempt carries.
 */
export function useQuizDraft({ draftKey, defaults, form, index, restoreIndex }: Options) {
  const { reset, getValues, subscribe } = form;
  const [attemptId, setAttemptId] = useState<string>();

  // Restore (or start) this attempt's draft once, after hydration: localStorage does not
  // exist on the server, so reading it during render would not match the server's HTML.
  useEffect(() => {
    const draft = readDraft(draftKey);
    const id = draft?.attemptId ?? newAttemptId();
    // keepFieldsRef: write the restored values into the mounted inputs now. Without it RHF
    // waits for each input to re-register, and memoised hidden questions never re-render.
    // A first visit has nothing to restore: skipping reset keeps this task short.
    if (draft)
      reset(
        { ...defaults, attemptId: id, answers: { ...defaults.answers, ...draft.answers } },
        { keepFieldsRef: true },
      );
    // A transition: this re-render (shuffling the question on screen) runs in its own
    // interruptible slices instead of inside the commit that finished hydrating the form.
    startTransition(() => {
      setAttemptId(id);
      restoreIndex(draft?.index ?? 0);
    });
  }, [draftKey, defaults, reset, restoreIndex]);

  // Save as soon as the attempt has an id, whenever the question on screen changes, and on
  // every answer, so a reload, a lost connection or a closed tab comes back to this point.
  useEffect(() => {
    if (!attemptId) return;
    const save = () => writeDraft(draftKey, { attemptId, answers: getValues("answers"), index });
    save();
    // subscribe, not watch: saving a draft must not re-render the form on every tap.
    return subscribe({ formState: { values: true }, callback: save });
  }, [draftKey, attemptId, index, getValues, subscribe]);

  return attemptId;
}
