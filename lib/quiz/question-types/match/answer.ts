import * as z from "zod/mini";
import { optionIds } from "../choice-list";
import { MESSAGES } from "../messages";
import type { AnswerModule } from "../module";
import type { Choice } from "../shared";

export type MatchPublic = {
  id: string;
  type: "match";
  prompt: string;
  prompts: Choice[];
  options: Choice[];
};

export const matchAnswer: AnswerModule<MatchPublic> = {
  schema: (q) =>
    z.record(
      z.enum(optionIds(q.prompts)),
      z.enum(optionIds(q.options), { error: MESSAGES.match }),
      {
        error: MESSAGES.match,
      },
    ),
  repeats: false,
  toResponse: (value) => value as Record<string, string>,
};
