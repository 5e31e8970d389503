import type { AttemptRecord } from "./attempt";
import { isCorrect } from "./score";

export type BriefingProgress = {
  slug: string;
  attempts: number;
  best: { score: number; maxScore: number; percent: number };
  last: { attemptId: string; score: number; maxScore: number; percent: number; createdAt: number };
  /** Questions the last attempt did not get fully right. */
  missedLast: string[];
};

/** Attempts (any order) to one summary per briefing, most recently practised first. */
export function summarizeProgress(attempts: AttemptRecord[]): BriefingProgress[] {
  const bySlug = new Map<string, AttemptRecord[]>();
  for (const a of attempts) bySlug.set(a.slug, [...(bySlug.get(a.slug) ?? []), a]);
  return [...bySlug.entries()]
    .map(([slug, list]) => {
      const sorted = [...list].sort((x, y) => y.createdAt - x.createdAt);
      const last = sorted[0]!;
      // Best is by share, not raw score: a 3-question retry should not beat a full quiz on points.
      const best = sorted.reduce((b, a) => (percent(a) > percent(b) ? a : b));
      return {
        slug,
        attempts: list.length,
        best: { score: best.score, maxScore: best.maxScore, percent: percent(best) },
        last: {
          attemptId: last.attemptId,
          score: last.score,
          maxScore: last.maxScore,
          percent: percent(last),
          createdAt: last.createdAt,
        },
        missedLast: last.questionIds.filter((id) => !isCorrect(last.credits[id] ?? 0)),
      };
    })
    .sort((x, y) => y.last.createdAt - x.last.createdAt);
}

export function percent(a: { score: number; maxScore: number }): number {
  return a.maxScore === 0 ? 0 : Math.round((a.score / a.maxScore) * 100);
}
