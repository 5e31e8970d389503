// The fields of every question type, by name (their hints are the dictionary's). Typed by the
// question-type registry (lib/quiz/question-types/type-registry.ts): a type without fields does not compile.
import type { ComponentType } from "react";
import type { PublicQuestion, QuestionType } from "@/lib/quiz/question-types/type-registry";
import { EvidenceFields } from "./evidence-fields";
import type { FieldsProps } from "./fields-props";
import { MatchFields } from "./match-fields";
import { MultiFields } from "./multi-fields";
import { OrderFields } from "./order-fields";
import { SingleFields } from "./single-fields";
import { TrueFalseFields } from "./true-false-fields";

type Entry<P> = {
  Fields: ComponentType<FieldsProps<P>>;
  /** The form's value before an answer: a checkbox group starts as an empty list. */
  empty?: string[];
};

export const FIELDS: { [K in QuestionType]: Entry<Extract<PublicQuestion, { type: K }>> } = {
  single: { Fields: SingleFields },
  multi: { Fields: MultiFields, empty: [] },
  "true-false": { Fields: TrueFalseFields },
  order: { Fields: OrderFields },
  match: { Fields: MatchFields },
  evidence: { Fields: EvidenceFields },
};
