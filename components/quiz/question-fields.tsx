"use client";

import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";
import type { FieldsProps } from "./question-fields/fields-props";
import { FIELDS } from "./question-fields/fields-registry";

/** A question's hint and fields, from its type's entry in the fields registry. */
export function QuestionFields(props: FieldsProps<PublicQuestion>) {
  const { Fields, hint } = FIELDS[props.question.type] as {
    Fields: React.ComponentType<FieldsProps<PublicQuestion>>;
    hint: string;
  };
  return (
    <>
      <p className="mt-1 text-sm text-muted">{hint}</p>
      <Fields {...props} />
    </>
  );
}
