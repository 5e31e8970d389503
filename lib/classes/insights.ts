import type { Quiz } from "@/lib/quiz/quiz-schema";
import type { Reason } from "@/lib/quiz/question-types/shared";
import { typeOf } from "@/lib/quiz/question-types/type-registry";
import type { ClassResult } from "./types";

export type QuestionInsight = {
  questionId: string;
  /** Its number in the quiz (1-based). */
  number: number;
  prompt: string;
  /** Students whose latest attempt answered it (retries of missed questions skip some). */
  answered: number;
  /** Of those, how many got it fully right, and that as a whole percentage. */
  right: number;
  percent: number;
  /**
   * The wrong answer chosen most often, in words, by how many, and why it is wrong (what to
   * say when reteaching); none if nobody erred.
   */
  commonWrong?: { text: string; count: number; reason: Reason };
  /** The fact to reteach: where "Show me where" points. */
  factId: string;
};

/** Per question, over each student's latest attempt: accuracy and the most common mistake. */
export function questionInsights(quiz: Quiz, results: ClassResult[]): QuestionInsight[] {
  return quiz.questions.map((q, i) => {
    const latest = results.map((r) => r.latest).filter((a) => q.id in a.credits);
    const right = latest.filter((a) => a.credits[q.id] === 1).length;
    const wrongs = new Map<string, { count: number; reason: Reason }>();
    for (const a of latest) {
      if (a.credits[q.id] === 1) continue;
      for (const { label, reason } of typeOf(q).wrongPicks(q, a.responses[q.id])) {
        wrongs.set(label, { count: (wrongs.get(label)?.count ?? 0) + 1, reason });
      }
    }
    const top = [...wrongs].sort((x, y) => y[1].count - x[1].count || x[0].localeCompare(y[0]))[0];
    return {
      questionId: q.id,
      number: i + 1,
      prompt: typeOf(q).title(q),
      answered: latest.length,
      right,
      percent: latest.length ? Math.round((100 * right) / latest.length) : 0,
      commonWrong: top && { text: top[0], ...top[1] },
      factId: q.facts[0]!,
    };
  });
}

/** How many students' latest scores fall in each fifth of the range (0–20 % … 80–100 %). */
export function scoreDistribution(results: ClassResult[]): { label: string; count: number }[] {
  const buckets = [0, 0, 0, 0, 0];
  for (const { latest } of results) {
    const share = latest.maxScore ? latest.score / latest.maxScore : 0;
    buckets[Math.min(4, Math.floor(share * 5))]!++;
  }
  return buckets.map((count, i) => ({ label: `${i * 20}–${i * 20 + 20}%`, count }));
}
