import type { Quiz } from "@/lib/quiz/quiz-schema";
import { languageName } from "@/lib/i18n/language-name";
import { toCsv } from "./csv";
import type { ClassRoster } from "./types";

/**
 * One row per student (sorted by nickname): when they joined and last submitted (UTC, ISO
 * 8601), latest and best score, attempts, the latest attempt's language (English and Spanish
 * attempts count together), then the latest attempt's credit per question.
 */
export function classCsv(quiz: Quiz, { students, results }: ClassRoster): string {
  const resultOf = new Map(results.map((r) => [r.studentId, r]));
  const iso = (ms: number) => new Date(ms).toISOString();
  const header = [
    "Nickname",
    "Joined (UTC)",
    "Submitted (UTC)",
    "Latest score",
    "Max score",
    "Latest %",
    "Best score",
    "Attempts",
    "Latest language",
    ...quiz.questions.map((q, i) => `Q${i + 1} ${q.id}`),
  ];
  const rows = [...students]
    .sort((a, b) => a.nickname.localeCompare(b.nickname))
    .map((s) => {
      const r = resultOf.get(s.studentId);
      const round = (n: number) => Math.round(n * 100) / 100;
      return [
        s.nickname,
        iso(s.joinedAt),
        r ? iso(r.latest.createdAt) : "",
        r ? round(r.latest.score) : "",
        r ? r.latest.maxScore : "",
        r ? Math.round((100 * r.latest.score) / r.latest.maxScore) : "",
        r ? round(r.best.score) : "",
        r?.attempts ?? 0,
        r ? languageName(r.latest.lang) : "",
        ...quiz.questions.map((q) => {
          const credit = r?.latest.credits[q.id];
          return credit === undefined ? "" : round(credit);
        }),
      ];
    });
  return toCsv([header, ...rows]);
}
