import { oneOf } from "../choice-list";
import { MESSAGES } from "../messages";
import type { AnswerModule } from "../module";
import type { Choice } from "../shared";

export type SinglePublic = { id: string; type: "single"; prompt: string; options: Choice[] };

export const singleAnswer: AnswerModule<SinglePublic> = {
  schema: (q) => oneOf(q.options, MESSAGES.choose),
  repeats: false,
  toResponse: (value) => value as string,
};
