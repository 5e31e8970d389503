"use client";

import type { SinglePublic } from "@/lib/quiz/question-types/single/answer";
import { ChoiceFields } from "./choice-fields";
import type { FieldsProps } from "./fields-props";

export function SingleFields({ question: q, order, ...rest }: FieldsProps<SinglePublic>) {
  return <ChoiceFields questionId={q.id} choices={order(q.options)} multiple={false} {...rest} />;
}
