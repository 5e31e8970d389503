"use client";

import type { UseFormRegister } from "react-hook-form";
import type { AnswerValue, QuizFormValues } from "@/lib/quiz/answers";
import type { PublicQuestion } from "@/lib/quiz/public-quiz";

type Choice = { id: string; text: string };
type Props = {
  question: PublicQuestion;
  register: UseFormRegister<QuizFormValues>;
  /** Display order per list, already shuffled for this attempt (or authored without JS). */
  order: (list: Choice[]) => Choice[];
  /** The answer as last posted (no-JS error round trip): rendered as the fields' defaults. */
  posted?: AnswerValue;
};

const TYPE_HINT: Record<PublicQuestion["type"], string> = {
  single: "Choose one.",
  "true-false": "True or false?",
  multi: "Select all that apply.",
  order: "Number them from 1 (earliest).",
  match: "Choose a match for each line.",
};

/**
 * Inputs carry native `required` for the no-JS form. With JS the form sets noValidate and the
 * shared schema validates instead; keeping the attribute constant avoids re-rendering every
 * question when the script takes over.
 */
export function QuestionFields({ question: q, register, order, posted }: Props) {
  const name = `answers.${q.id}` as const;
  const part = (id: string) =>
    posted && typeof posted === "object" && !Array.isArray(posted) ? (posted[id] ?? "") : "";
  const chosen = (id: string) => posted === id || (Array.isArray(posted) && posted.includes(id));
  return (
    <>
      <p className="mt-1 text-sm text-muted">{TYPE_HINT[q.type]}</p>
      {q.type === "order" ? (
        <ol className="mt-3 space-y-2">
          {order(q.items).map((item) => (
            <li key={item.id} className="quiz-row">
              <label htmlFor={`${q.id}-${item.id}`} className="flex-1">
                {item.text}
              </label>
              <select
                id={`${q.id}-${item.id}`}
                required
                defaultValue={part(item.id)}
                {...register(`${name}.${item.id}` as `answers.${string}`)}
              >
                <option value="" disabled>
                  #
                </option>
                {q.items.map((_, i) => (
                  <option key={i} value={String(i + 1)}>
                    {i + 1}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ol>
      ) : q.type === "match" ? (
        <ul className="mt-3 space-y-2">
          {q.prompts.map((p) => (
            <li key={p.id} className="quiz-row flex-col items-stretch">
              <label htmlFor={`${q.id}-${p.id}`}>{p.text}</label>
              <select
                id={`${q.id}-${p.id}`}
                required
                defaultValue={part(p.id)}
                {...register(`${name}.${p.id}` as `answers.${string}`)}
              >
                <option value="" disabled>
                  Choose…
                </option>
                {order(q.options).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.text}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      ) : (
        <div className="mt-3 space-y-2">
          {(q.type === "true-false" ? q.options : order(q.options)).map((o) => (
            <label key={o.id} className="quiz-choice">
              <input
                type={q.type === "multi" ? "checkbox" : "radio"}
                value={o.id}
                defaultChecked={chosen(o.id)}
                required={q.type !== "multi"}
                {...register(name)}
              />
              <span>{o.text}</span>
            </label>
          ))}
        </div>
      )}
    </>
  );
}
