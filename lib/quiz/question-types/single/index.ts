import { z } from "zod";
import { idSchema } from "@/lib/content/schemas";
import type { QuestionTypeModule } from "../module";
import { pickOne } from "../pick-one";
import { publicChoices, questionBase, reasonedChoice } from "../shared";
import { singleAnswer, type SinglePublic } from "./answer";

/** Single choice: one option is right; 1 or 0. */
const singleSchema = z.strictObject({
  ...questionBase,
  type: z.literal("single"),
  options: z.array(reasonedChoice).min(2),
  answer: idSchema,
});
export type SingleQuestion = z.infer<typeof singleSchema>;

export const single: QuestionTypeModule<SingleQuestion, SinglePublic> = {
  schema: singleSchema,
  ...pickOne,
  choices: (q) => q.options,
  claims: () => [],
  title: (q) => q.prompt,
  project: (q) => ({
    id: q.id,
    type: "single",
    prompt: q.prompt,
    options: publicChoices(q.options),
  }),
  answer: singleAnswer,
};
