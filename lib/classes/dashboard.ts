import "server-only";
import { loadBriefing } from "@/lib/content/load-briefings";
import { loadQuiz } from "@/lib/quiz/load-quiz";
import { getStore } from "@/lib/store";
import { ownedClass } from "./classes";
import { questionInsights, scoreDistribution } from "./insights";
import { isOpen } from "./types";

/** A teacher's classes, newest first, each with whether it is open now. */
export async function teacherClasses(ownerId: string, now = Date.now()) {
  const classes = await getStore().listClasses(ownerId, now);
  return classes.map((c) => ({ ...c, open: isOpen(c, now) }));
}

/** Everything the dashboard shows, for the owner only (undefined for anyone else). */
export async function loadDashboard(code: string, ownerId: string | undefined, now = Date.now()) {
  const klass = await ownedClass(code, ownerId, now);
  const briefing = klass && loadBriefing(klass.slug);
  const quiz = klass && loadQuiz(klass.slug);
  if (!klass || !briefing || !quiz) return undefined;
  const { students, results } = await getStore().getClassRoster(klass.code);
  const resultOf = new Map(results.map((r) => [r.studentId, r]));
  return {
    klass,
    briefing,
    open: isOpen(klass, now),
    submitted: results.length,
    roster: [...students]
      .sort((a, b) => a.nickname.localeCompare(b.nickname))
      .map((student) => ({ student, result: resultOf.get(student.studentId) })),
    insights: questionInsights(quiz, results),
    distribution: scoreDistribution(results),
  };
}
