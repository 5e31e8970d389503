import "server-only";
import type { Identity } from "@/lib/auth/identity";
import { loadBriefing } from "@/lib/content/load-briefings.server";
import type { AttemptsPort } from "./attempts-port";
import { loadQuiz } from "./load-quiz.server";
import type { Lang } from "@/lib/i18n/lang";
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
    /** `lang`: the page's; each briefing's quiz in it where there is one (its `quizLang`). */
    async myProgress(lang: Lang = "en") {
      const session = await identity.session();
      const subject = await identity.subject(session);
      const list = subject ? await attempts.listAttempts(subject) : [];
      const progress = summarizeProgress(list).map((p) => {
        const quizLang: Lang = loadQuiz(p.slug, lang) ? lang : "en";
        const quiz = loadQuiz(p.slug, quizLang);
        const titles = new Map(quiz?.questions.map((q) => [q.id, typeOf(q).title(q, quizLang)]));
        return {
          ...p,
          quizLang,
          title: loadBriefing(p.slug)?.title ?? p.slug,
          missed: p.missedLast.map((id) => ({ id, title: titles.get(id) ?? id })),
        };
      });
      return { session, progress };
    },
  };
}
