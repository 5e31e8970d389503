// Every question type, by name. Adding a type: its folder, one line here and one in
// answer-registry.ts (the form half), one in components/quiz/question-fields/fields-registry.ts
// (its fields), and content. Those Records are typed by this one, so a type missing from any of them, or a
// module missing a piece, does not compile.
import { z } from "zod";
import { evidence } from "./evidence";
import { match } from "./match";
import type { QuestionTypeModule } from "./module";
import { multi } from "./multi";
import { order } from "./order";
import { single } from "./single";
import { trueFalse } from "./true-false";

const QUESTION_TYPES = {
  single,
  multi,
  "true-false": trueFalse,
  order,
  match,
  evidence,
};

export type QuestionType = keyof typeof QUESTION_TYPES;
type Parts<K extends QuestionType> =
  (typeof QUESTION_TYPES)[K] extends QuestionTypeModule<infer Q, infer P> ? [Q, P] : never;

/** A question as quiz.json holds it (with its key: server-only). */
export type Question = { [K in QuestionType]: Parts<K>[0] }[QuestionType];
/** What a quiz page may know of a question. */
export type PublicQuestion = { [K in QuestionType]: Parts<K>[1] }[QuestionType];

/** The module of a question's type, typed for that question. */
export function typeOf<Q extends Question>(
  q: Q,
): QuestionTypeModule<Q, Extract<PublicQuestion, { type: Q["type"] }>> {
  return QUESTION_TYPES[q.type] as unknown as QuestionTypeModule<
    Q,
    Extract<PublicQuestion, { type: Q["type"] }>
  >;
}

/** quiz.json's question: one branch per type, chosen by `type` (so errors name the field). */
export const questionSchema = z.discriminatedUnion(
  "type",
  Object.values(QUESTION_TYPES).map((m) => m.schema) as unknown as [
    z.ZodObject<{ type: z.ZodLiteral<QuestionType> }>,
    ...z.ZodObject<{ type: z.ZodLiteral<QuestionType> }>[],
  ],
) as unknown as z.ZodType<Question>;
