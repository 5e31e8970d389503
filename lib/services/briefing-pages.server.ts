import type { Metadata } from "next";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import { dictionary } from "@/lib/i18n/dictionary";
import { LANGS, type Lang } from "@/lib/i18n/lang";
import { OPEN_GRAPH_BASE, TWITTER_BASE } from "@/lib/links/site";
import { routes } from "@/lib/links/routes";
import { editionSlugs, loadEdition } from "@/lib/content/load-edition.server";
import type { Level } from "@/lib/content/reading-level-choice";

// What a briefing page needs, in any language and at either level: the pages under app/ stay
// thin, and the English and Spanish routes cannot drift apart.

const pageUrl = (slug: string, lang: Lang, level: Level) =>
  level === "easy" ? routes.easyBriefing(slug, lang) : routes.briefing(slug, lang);

/** The languages a briefing can be read in at a level. */
export function languagesOf(slug: string, level: Level = "standard"): Lang[] {
  return LANGS.filter((lang) => {
    const edition = loadEdition(slug, lang);
    return edition !== undefined && (level === "standard" || edition.easy !== undefined);
  });
}

/** Static params for a language's briefing pages (the easier ones: only where there is one). */
export function editionParams(lang: Lang, level: Level): { slug: string }[] {
  return editionSlugs(lang)
    .filter((slug) => level === "standard" || loadEdition(slug, lang)?.easy)
    .map((slug) => ({ slug }));
}

/** Title, description, canonical URL, the other languages' pages (hreflang) and share card. */
export function briefingMetadata(slug: string, lang: Lang, level: Level): Metadata {
  const edition = loadEdition(slug, lang);
  const doc = level === "easy" ? edition?.easy : edition;
  if (!edition || !doc) return {};
  const url = pageUrl(slug, lang, level);
  const title = level === "easy" ? dictionary(lang).briefing.easierTitle(doc.title) : doc.title;
  const languages = Object.fromEntries(
    languagesOf(slug, level).map((other) => [other, pageUrl(slug, other, level)]),
  );
  return {
    title,
    description: doc.dek,
    alternates: { canonical: url, languages },
    openGraph: {
      ...OPEN_GRAPH_BASE,
      type: "article",
      url,
      title,
      description: doc.dek,
      locale: dictionary(lang).locale.replace("-", "_"),
      publishedTime: edition.source.date,
    },
    twitter: { ...TWITTER_BASE, title, description: doc.dek },
  };
}

/** The briefing, its quiz's size and where the quiz is, in a language. */
export function briefingPage(slug: string, lang: Lang) {
  const edition = loadEdition(slug, lang);
  if (!edition) return undefined;
  return {
    edition,
    questions: loadQuiz(slug)?.questions.length,
    // The quiz in the page's language where there is one (same questions and keys).
    quizHref: routes.quiz(slug, loadQuiz(slug, lang) ? lang : "en"),
    langs: languagesOf(slug),
  };
}
