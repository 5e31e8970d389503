"use client";

import type { TrueFalsePublic } from "@/lib/quiz/question-types/true-false/answer";
import { ChoiceFields } from "./choice-fields";
import type { FieldsProps } from "./fields-props";

/** True, then False, always: a shuffled pair would only confuse. */
export function TrueFalseFields({ question: q, ...rest }: FieldsProps<TrueFalsePublic>) {
  const { register, posted, words } = rest;
  return (
    <ChoiceFields
      questionId={q.id}
      choices={q.options}
      multiple={false}
      register={register}
      posted={posted}
      words={words}
    />
  );
}
