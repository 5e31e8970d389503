import type { Question } from "@/lib/content/quiz-schema";

/** A reader's answer to one question, in the shape its type needs. */
export type Response = string | boolean | string[] | Record<string, string>;

/**
 * Scoring rules: every question is worth 1 point; credit is in [0, 1].
 * - single, true-false: 1 if the choice is the key, else 0.
 * - multi: (correct choices picked − wrong choices picked) / number of correct choices,
 *   floored at 0. Picking everything earns nothing; missing one of four right ones earns 0.75.
 * - order: the share of neighbouring pairs placed correctly: for each item but the last, is
 *   it immediately followed by the item that follows it in the key? One item out of place
 *   costs at most two pairs, so a nearly right timeline earns most of the point.
 * - match: the share of prompts matched to the right option.
 * A response of the wrong shape earns 0; it is never an error here (validation is upstream).
 */
export function scoreQuestion(q: Question, response: Response | undefined): number {
  switch (q.type) {
    case "single":
      return response === q.answer ? 1 : 0;
    case "true-false":
      return response === q.answer ? 1 : 0;
    case "multi": {
      if (!isStringArray(response)) return 0;
      const picked = new Set(response);
      const key = new Set(q.answer);
      const right = [...picked].filter((id) => key.has(id)).length;
      const wrong = picked.size - right;
      return Math.max(0, (right - wrong) / key.size);
    }
    case "order": {
      if (!isStringArray(response) || response.length !== q.answer.length) return 0;
      const next = new Map(q.answer.slice(0, -1).map((id, i) => [id, q.answer[i + 1]]));
      let pairs = 0;
      for (let i = 0; i < response.length - 1; i++) {
        if (next.get(response[i]!) === response[i + 1]) pairs++;
      }
      return pairs / (q.answer.length - 1);
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
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function isRecord(v: unknown): v is Record<string, string> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
