import { z } from "zod";
import { questionSchema, type Question } from "@/lib/quiz/question-types/type-registry";
import { line } from "../content/schemas";

/**
 * `quiz.json`. Answer keys live beside the questions; only lib/quiz's server-only loader reads
 * this file, and pages receive the public projection (lib/quiz/public-quiz.ts). Each question
 * type's own schema is in its folder under lib/quiz/types.
 */
export const quizSchema = z.strictObject({
  title: line,
  questions: z.array(questionSchema).min(1),
});

export type Quiz = { title: string; questions: Question[] };
