import { typeOf, type Question } from "./question-types/type-registry";
import type { Response } from "./question-types/shared";

/**
 * Every question is worth 1 point; credit is in [0, 1], computed by its type's `score` from
 * the key, whatever the browser sent (rules: each type's module, and the README). A response
 * of the wrong shape earns 0; it is never an error here (validation is upstream).
 */
export function scoreQuestion(q: Question, response: Response | undefined): number {
  return typeOf(q).score(q, response);
}

type QuestionResult = { questionId: string; credit: number };
export type AttemptScore = { score: number; maxScore: number; results: QuestionResult[] };

/** Scores the given questions (a whole quiz or a retry subset) from the server's keys. */
export function scoreAttempt(
  questions: Question[],
  responses: Record<string, Response | undefined>,
): AttemptScore {
  const results = questions.map((q) => ({
    questionId: q.id,
    credit: round(scoreQuestion(q, responses[q.id])),
  }));
  const score = round(results.reduce((sum, r) => sum + r.credit, 0));
  return { score, maxScore: questions.length, results };
}

export function isCorrect(credit: number): boolean {
  return credit >= 1;
}

// Two decimals keep stored scores readable and sums free of float noise (0.1 + 0.2).
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
