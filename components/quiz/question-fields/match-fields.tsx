"use client";

import type { MatchPublic } from "@/lib/quiz/question-types/match/answer";
import { postedPart, type FieldsProps } from "./fields-props";

/** Lines in authored order, each with a select of the (shuffled) options. */
export function MatchFields({
  question: q,
  register,
  order,
  posted,
  words,
}: FieldsProps<MatchPublic>) {
  return (
    <ul className="mt-3 space-y-2">
      {q.prompts.map((p, line) => (
        <li key={p.id} className="quiz-row flex-col items-stretch">
          <label htmlFor={`${q.id}-${p.id}`} data-read>
            {p.text}
          </label>
          <select
            id={`${q.id}-${p.id}`}
            required
            defaultValue={postedPart(posted, p.id)}
            {...register(`answers.${q.id}.${p.id}` as `answers.${string}`)}
          >
            <option value="" disabled>
              {words.choose}
            </option>
            {order(q.options).map((o) => (
              // Listen reads every line, then the choices once: those of the last line.
              <option
                key={o.id}
                value={o.id}
                data-read={line === q.prompts.length - 1 || undefined}
              >
                {o.text}
              </option>
            ))}
          </select>
        </li>
      ))}
    </ul>
  );
}
