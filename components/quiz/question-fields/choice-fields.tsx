"use client";

import type { AnswerValue } from "@/lib/quiz/answer-form-schema";
import type { Choice } from "@/lib/quiz/question-types/shared";
import type { FieldsProps } from "./fields-props";

type Props = Omit<FieldsProps<unknown>, "question" | "order"> & {
  questionId: string;
  choices: Choice[];
  multiple: boolean;
  /** How a choice reads: plain text, or a quoted sentence. */
  render?: (choice: Choice) => React.ReactNode;
};

const chosen = (posted: AnswerValue | undefined, id: string) =>
  posted === id || (Array.isArray(posted) && posted.includes(id));

/**
 * Radio buttons or checkboxes. Inputs carry native `required` for the no-JS form; with JS the
 * form sets noValidate and the shared schema validates instead. Keeping the attribute constant
 * avoids re-rendering every question when the script takes over.
 */
export function ChoiceFields({ questionId, choices, multiple, register, posted, render }: Props) {
  return (
    <div className="mt-3 space-y-2">
      {choices.map((o) => (
        <label key={o.id} className="quiz-choice">
          <input
            type={multiple ? "checkbox" : "radio"}
            value={o.id}
            defaultChecked={chosen(posted, o.id)}
            required={!multiple}
            {...register(`answers.${questionId}`)}
          />
          <span data-read>{render ? render(o) : o.text}</span>
        </label>
      ))}
    </div>
  );
}
