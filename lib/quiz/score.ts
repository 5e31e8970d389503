import type { Question } from "@/lib/content/quiz-schema";

/** A reader's answer to one question, in the shape its type needs. */
export type Response = string | boolean | string[] | Record<string, string>;

/**
 * Scoring rules: every question is worth 1 point; credit is in [0, 1].
 * - single, true-false: 1 if the choice is the key, else 0.
 * - multi: right picks / options in the key − wrong picks / options not in the key, floored
 *   at 0. Each distinct pick counts once; a pick that is not an option at all counts as wrong.
 *   Both halves are shares, so picking everything earns exactly 0: what a guess gains on the
 *   right options it loses on the wrong ones. Missing one of four right ones earns 0.75; each
 *   wrong pick costs 1 / the number of wrong options.
 * - order: the share of all pairs of items (not only neighbours) whose relative order matches
 *   the key. Moving one item k places costs exactly k of the n(n − 1)/2 pairs, so swapping two
 *   neighbours of four earns 5/6 and the key reversed earns 0. A list that is not the key's
 *   items each exactly once (wrong length, an unknown or a repeated item) earns 0.
 * - match: the share of prompts matched to the right option.
 * A response of the wrong shape earns 0 (an array with holes or non-strings included); it is
 * never an error here (validation is upstream).
 */
export function scoreQuestion(q: Question, response: Response | undefined): number {
  switch (q.type) {
    case "single":
      return response === q.answer ? 1 : 0;
    case "true-false":
      return response === q.answer ? 1 : 0;
    case "multi": {
      if (!isStringArray(response)) return 0;
      const key = new Set(q.answer);
      const wrongOptions = new Set(q.options.map((o) => o.id).filter((id) => !key.has(id))).size;
      const picked = new Set(response);
      const right = [...picked].filter((id) => key.has(id)).length;
      const wrong = picked.size - right;
      // The content check refuses a question with no wrong option; the guard keeps such a
      // question finite anyway (any wrong pick, necessarily an unknown id, then costs it all).
      return Math.max(0, right / key.size - wrong / Math.max(1, wrongOptions));
    }
    case "order": {
      if (!isStringArray(response) || response.length !== q.answer.length) return 0;
      const position = new Map(q.answer.map((id, i) => [id, i]));
      const ranks = response.map((id) => position.get(id));
      // Only a rearrangement of the key's own items is scored; anything else is wrong-shaped.
      if (new Set(response).size !== response.length) return 0;
      if (!ranks.every((r): r is number => r !== undefined)) return 0;
      const n = ranks.length;
      const pairs = (n * (n - 1)) / 2;
      if (pairs === 0) return 1;
      let inOrder = 0;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) if (ranks[i]! < ranks[j]!) inOrder++;
      }
      return inOrder / pairs;
    }
    case "match": {
      if (!isRecord(response)) return 0;
      const prompts = Object.keys(q.answer);
      const right = prompts.filter((p) => response[p] === q.answer[p]).length;
      return right / prompts.length;
    }
  }
}

export type QuestionResult = { questionId: string; credit: number };
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

function isStringArray(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  // An index loop, not Array#every: every skips holes, so new Array(4) would pass as a list.
  for (let i = 0; i < v.length; i++) {
    if (!Object.hasOwn(v, i) || typeof v[i] !== "string") return false;
  }
  return true;
}

function isRecord(v: unknown): v is Record<string, string> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
