import "server-only";
import type { Metadata } from "next";
import { editionSlugs, loadEdition } from "@/lib/content/load-edition.server";
import { dictionary } from "@/lib/i18n/dictionary";
import { LANGS, type Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";
import { OPEN_GRAPH_BASE } from "@/lib/links/site";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import { toPublicQuiz } from "@/lib/quiz/public-quiz";
import { MESSAGES } from "@/lib/quiz/question-types/messages";
import { spanishOf } from "@/lib/i18n/messages-es";
import type { QuizFormWords } from "@/lib/i18n/form-words";

// What a quiz page needs in a language: the edition it is about and the public questions (no
// keys). The English and Spanish quiz routes share it.

/** Static params: every briefing with a quiz in the language. */
export function quizParams(lang: Lang): { slug: string }[] {
  return editionSlugs(lang)
    .filter((slug) => loadQuiz(slug, lang))
    .map((slug) => ({ slug }));
}

/** The languages a briefing's quiz can be taken in. */
function quizLanguages(slug: string): Lang[] {
  return LANGS.filter((lang) => loadEdition(slug, lang) && loadQuiz(slug, lang));
}

export function quizMetadata(slug: string, lang: Lang): Metadata {
  const edition = loadEdition(slug, lang);
  if (!edition) return {};
  const t = dictionary(lang).quiz;
  return {
    title: t.title(edition.title),
    description: t.description(edition.title),
    alternates: {
      canonical: routes.quiz(slug, lang),
      languages: Object.fromEntries(quizLanguages(slug).map((l) => [l, routes.quiz(slug, l)])),
    },
    // Shared, the quiz's card speaks its language (the site's default is English).
    openGraph: {
      ...OPEN_GRAPH_BASE,
      type: "website",
      url: routes.quiz(slug, lang),
      title: t.title(edition.title),
      description: t.description(edition.title),
      locale: dictionary(lang).locale.replace("-", "_"),
    },
  };
}

/** The edition and its quiz's public view (`only`: a retry's questions), or undefined. */
export function quizPage(slug: string, lang: Lang, only?: ReadonlySet<string>) {
  const edition = loadEdition(slug, lang);
  const quiz = edition && loadQuiz(slug, lang);
  if (!edition || !quiz) return undefined;
  return { edition, ...toPublicQuiz(quiz, only, lang) };
}

/** The quiz form's words in a language, with the messages it may show (keyed by English). */
export function quizFormWords(lang: Lang): QuizFormWords {
  const messages = lang === "en" ? {} : spanishOf(Object.values(MESSAGES));
  return { ...dictionary(lang).quiz.form, messages };
}
