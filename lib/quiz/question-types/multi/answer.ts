import * as z from "zod/mini";
import { optionIds } from "../choice-list";
import { MESSAGES } from "../messages";
import type { AnswerModule } from "../module";
import type { Choice } from "../shared";

export type MultiPublic = { id: string; type: "multi"; prompt: string; options: Choice[] };

export const multiAnswer: AnswerModule<MultiPublic> = {
  schema: (q) =>
    z
      .array(z.enum(optionIds(q.options), { error: MESSAGES.chooseSome }), {
        error: MESSAGES.chooseSome,
      })
      .check(z.minLength(1, { error: MESSAGES.chooseSome })),
  repeats: true,
  toResponse: (value) => value as string[],
};
