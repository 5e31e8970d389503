"use client";

import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";
import type { FieldsProps } from "./question-fields/fields-props";
import { FIELDS } from "./question-fields/fields-registry";

/** A question's hint (the page's words) and fields (its type's entry in the fields registry). */
export function QuestionFields(props: FieldsProps<PublicQuestion>) {
  const { Fields } = FIELDS[props.question.type] as {
    Fields: React.ComponentType<FieldsProps<PublicQuestion>>;
  };
  return (
    <>
      <p className="mt-1 text-sm text-muted">{props.words.hints[props.question.type]}</p>
      <Fields {...props} />
    </>
  );
}
