import { oneOf } from "../choice-list";
import { MESSAGES } from "../messages";
import type { AnswerModule } from "../module";
import type { Choice } from "../shared";

export type TrueFalsePublic = { id: string; type: "true-false"; prompt: string; options: Choice[] };

export const trueFalseAnswer: AnswerModule<TrueFalsePublic> = {
  schema: (q) => oneOf(q.options, MESSAGES.choose),
  repeats: false,
  toResponse: (value) => value === "true",
};
