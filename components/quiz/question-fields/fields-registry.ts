// The fields of every question type, by name, with the hint shown above them. Typed by the
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
  hint: string;
  /** The form's value before an answer: a checkbox group starts as an empty list. */
  empty?: string[];
};

export const FIELDS: { [K in QuestionType]: Entry<Extract<PublicQuestion, { type: K }>> } = {
  single: { Fields: SingleFields, hint: "Choose one." },
  multi: { Fields: MultiFields, hint: "Select all that apply.", empty: [] },
  "true-false": { Fields: TrueFalseFields, hint: "True or false?" },
  order: { Fields: OrderFields, hint: "Number them from 1 (earliest)." },
  match: { Fields: MatchFields, hint: "Choose a match for each line." },
  evidence: {
    Fields: EvidenceFields,
    hint: "Each choice is quoted word for word from the report.",
  },
};
