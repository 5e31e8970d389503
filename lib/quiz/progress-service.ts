import "server-only";
import { currentSession, currentSubject } from "@/lib/auth/subject-service";
import { loadBriefing } from "@/lib/content/load-briefings";
import { getStore } from "@/lib/store";
import { loadQuiz } from "./load-quiz";
import { summarizeProgress } from "./progress";
import { typeOf } from "./types/registry";

/**
 * What /me shows: the reader's own progress per briefing (never anyone else's: the subject is
 * this browser's or this account's), with each briefing's title and what was missed last.
 */
export async function myProgress() {
  const session = await currentSession();
  const subject = await currentSubject(session);
  const attempts = subject ? await getStore().listAttempts(subject) : [];
  const progress = summarizeProgress(attempts).map((p) => {
    const quiz = loadQuiz(p.slug);
    const titles = new Map(quiz?.questions.map((q) => [q.id, typeOf(q).title(q)]));
    return {
      ...p,
      title: loadBriefing(p.slug)?.title ?? p.slug,
      missed: p.missedLast.map((id) => ({ id, title: titles.get(id) ?? id })),
    };
  });
  return { session, progress };
}
