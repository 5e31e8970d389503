"use client";

import type { MultiPublic } from "@/lib/quiz/question-types/multi/answer";
import { ChoiceFields } from "./choice-fields";
import type { FieldsProps } from "./fields-props";

export function MultiFields({ question: q, order, ...rest }: FieldsProps<MultiPublic>) {
  return <ChoiceFields questionId={q.id} choices={order(q.options)} multiple {...rest} />;
}
