import { z } from "zod";
import { factRefs, idSchema, line } from "./schemas";

/**
 * Why an answer is wrong: either the source says otherwise (the facts that show it), or the
 * source says nothing about it. Server-only like the keys: it would give the answer away.
 */
export const reasonSchema = z.union([
  z.strictObject({ text: line, facts: factRefs }),
  z.strictObject({ text: line, notInReport: z.literal(true) }),
]);

const plainChoice = z.strictObject({ id: idSchema, text: line });
/** A choice; a wrong one carries `why` (the content check refuses a wrong one without). */
const choice = plainChoice.extend({ why: reasonSchema.optional() });
/** An event to order or a line to match: its reason says where it belongs, for every item. */
const reasoned = z.strictObject({ id: idSchema, text: line, why: reasonSchema });
const base = { id: idSchema, prompt: line, explanation: line, facts: factRefs };

/**
 * Options of a match question may look alike ("A US official", "A White House official") and
 * one may contain the other. An editor declares each such group distinct, saying why.
 */
const distinctGroup = z.strictObject({
  options: z.array(idSchema).min(2),
  because: line,
});

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
  z.strictObject({
    ...base,
    type: z.literal("true-false"),
    answer: z.boolean(),
    /** Why the other answer is wrong. */
    whyNot: reasonSchema,
  }),
  z.strictObject({
    ...base,
    type: z.literal("order"),
    items: z.array(reasoned).min(3),
    answer: z.array(idSchema).min(3),
  }),
  z.strictObject({
    ...base,
    type: z.literal("match"),
    prompts: z.array(reasoned).min(2),
    // One option can be right for one line and wrong for another: reasons sit on the lines.
    options: z.array(plainChoice).min(2),
    answer: z.record(idSchema, idSchema),
    distinct: z.array(distinctGroup).optional(),
  }),
]);

export const quizSchema = z.strictObject({
  title: line,
  questions: z.array(questionSchema).min(1),
});

export type Question = z.infer<typeof questionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type Reason = z.infer<typeof reasonSchema>;

/** The fact ids a reason cites (none when the source says nothing). */
export function reasonFacts(reason: Reason): string[] {
  return "facts" in reason ? reason.facts : [];
}
