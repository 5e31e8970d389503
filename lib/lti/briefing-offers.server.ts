import "server-only";
import { loadAllBriefings, loadBriefing } from "@/lib/content/load-briefings.server";
import { loadEdition } from "@/lib/content/load-edition.server";
import { LANGS } from "@/lib/i18n/lang";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";

// What an LMS activity can be made of: a briefing, whether it has the easier text, and the
// languages its quiz is in (the picker offers them; a launch's class starts in them).

/** The briefing an activity names, if it exists. */
export function briefingOffer(slug: string) {
  const b = loadBriefing(slug);
  if (!b) return undefined;
  return {
    slug,
    title: b.title,
    easy: Boolean(b.easy),
    langs: LANGS.filter((lang) => loadEdition(slug, lang) && loadQuiz(slug, lang)),
    /** The quiz's points: one per question, the gradebook line's maximum. */
    points: loadQuiz(slug)?.questions.length ?? 0,
  };
}

/** Every briefing, as the Deep Linking picker offers them. */
export const briefingOffers = () => loadAllBriefings().map((b) => briefingOffer(b.slug)!);
