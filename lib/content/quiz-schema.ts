import { z } from "zod";
import { factRefs, idSchema, line } from "./schemas";

const choice = z.strictObject({ id: idSchema, text: line });
const base = { id: idSchema, prompt: line, explanation: line, facts: factRefs };

/**
 * `quiz.json`. Answer keys live beside the questions; only lib/quiz's server-only loader reads
 * this file, and pages receive the public projection (lib/quiz/public-quiz.ts).
 */
export const questionSchema = z.discriminatedUnion("type", [
  z.strictObject({
    ...base,
    type: z.literal("single"),
    options: z.array(choice).min(2),
    answer: idSchema,
  }),
  z.strictObject({
    ...base,
    type: z.literal("multi"),
    options: z.array(choice).min(3),
    answer: z.array(idSchema).min(1, "must list at least one correct option"),
  }),
  z.strictObject({ ...base, type: z.literal("true-false"), answer: z.boolean() }),
  z.strictObject({
    ...base,
    type: z.literal("order"),
    items: z.array(choice).min(3),
    answer: z.array(idSchema).min(3),
  }),
  z.strictObject({
    ...base,
    type: z.literal("match"),
    prompts: z.array(choice).min(2),
    options: z.array(choice).min(2),
    answer: z.record(idSchema, idSchema),
  }),
]);

export const quizSchema = z.strictObject({
  title: line,
  questions: z.array(questionSchema).min(1),
});

export type Question = z.infer<typeof questionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
