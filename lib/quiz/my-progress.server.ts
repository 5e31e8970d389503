import "server-only";
import type { Identity } from "@/lib/auth/identity";
import { loadBriefing } from "@/lib/content/load-briefings.server";
import type { AttemptsPort } from "./attempts-port";
import { loadQuiz } from "./load-quiz.server";
import { summarizeProgress } from "./progress";
import { typeOf } from "./question-types/type-registry";

/**
 * What /me shows: the reader's own progress per briefing (never anyone else's: the subject
 * is this browser's or this account's), with each briefing's title and what was missed last.
 */
export function progressService({
  attempts,
  identity,
}: {
  attempts: AttemptsPort;
  identity: Identity;
}) {
  return {
    async myProgress() {
      const session = await identity.session();
      const subject = await identity.subject(session);
      const list = subject ? await attempts.listAttempts(subject) : [];
      const progress = summarizeProgress(list).map((p) => {
        const quiz = loadQuiz(p.slug);
        const titles = new Map(quiz?.questions.map((q) => [q.id, typeOf(q).title(q)]));
        return {
          ...p,
          title: loadBriefing(p.slug)?.title ?? p.slug,
          missed: p.missedLast.map((id) => ({ id, title: titles.get(id) ?? id })),
        };
      });
      return { session, progress };
    },
  };
}
