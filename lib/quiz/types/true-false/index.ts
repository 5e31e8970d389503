import { z } from "zod";
import type { QuestionTypeModule } from "../module";
import { questionBase, reasonSchema } from "../shared";
import { TRUE_FALSE_OPTIONS, trueFalseAnswer, type TrueFalsePublic } from "./answer";

/** A statement, true or false; 1 or 0. */
export const trueFalseSchema = z.strictObject({
  ...questionBase,
  type: z.literal("true-false"),
  answer: z.boolean(),
  /** Why the other answer is wrong. */
  whyNot: reasonSchema,
});
export type TrueFalseQuestion = z.infer<typeof trueFalseSchema>;

const word = (value: boolean) => (value ? "True" : "False");

export const trueFalse: QuestionTypeModule<TrueFalseQuestion, TrueFalsePublic> = {
  schema: trueFalseSchema,
  keyProblems: () => [],
  reasons: (q) => [{ choiceId: String(!q.answer), choice: word(!q.answer), reason: q.whyNot }],
  keyTexts: () => [],
  choices: () => [],
  claims: () => [],
  title: (q) => q.prompt,
  project: (q) => ({ id: q.id, type: "true-false", prompt: q.prompt, options: TRUE_FALSE_OPTIONS }),
  score: (q, response) => (response === q.answer ? 1 : 0),
  describe: (_, response) => (response === undefined ? [] : [word(response === true)]),
  wrongPicks: (q, response) =>
    typeof response !== "boolean" || response === q.answer
      ? []
      : [{ yours: word(response), label: word(response), reason: q.whyNot }],
  answer: trueFalseAnswer,
};
