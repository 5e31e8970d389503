"use client";

import type { OrderPublic } from "@/lib/quiz/question-types/order/answer";
import { postedPart, type FieldsProps } from "./fields-props";

/** Each event gets a position from a select (works without JavaScript, unlike dragging). */
export function OrderFields({ question: q, register, order, posted }: FieldsProps<OrderPublic>) {
  return (
    <ol className="mt-3 space-y-2">
      {order(q.items).map((item) => (
        <li key={item.id} className="quiz-row">
          <label htmlFor={`${q.id}-${item.id}`} data-read className="flex-1">
            {item.text}
          </label>
          <select
            id={`${q.id}-${item.id}`}
            required
            defaultValue={postedPart(posted, item.id)}
            {...register(`answers.${q.id}.${item.id}` as `answers.${string}`)}
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
  );
}
