import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PeopleLine } from "@/components/quiz/people-line";
import { QuizForm } from "@/components/quiz/quiz-form";
import { QuizHeading } from "@/components/quiz/quiz-heading";
import { peopleMentioned, questionTexts } from "@/lib/content/people";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";
import type { QuizAction } from "@/lib/quiz/quiz-action-state";
import {
  quizFormWords,
  quizMetadata,
  quizPage,
  quizParams,
} from "@/lib/services/quiz-pages.server";

type Props = { params: Promise<{ slug: string }> };

/**
 * The quiz route in a language: static params, metadata and page. /<slug>/quiz and
 * /es/<slug>/quiz are each this (prerendered: no cookies or session; identity is read only
 * when the answers arrive), so they cannot drift apart. The action comes from app/.
 */
export function quizRoute(lang: Lang, action: QuizAction) {
  return {
    generateStaticParams: () => quizParams(lang),
    generateMetadata: async ({ params }: Props): Promise<Metadata> =>
      quizMetadata((await params).slug, lang),
    async Page({ params }: Props) {
      const { slug } = await params;
      const page = quizPage(slug, lang);
      if (!page) notFound();
      const { edition, title, questions } = page;
      const t = dictionary(lang).quiz;
      return (
        <div className="mx-auto max-w-2xl px-4 pt-6">
          <QuizHeading kicker={t.kicker} title={title} />
          <p className="mt-2 leading-relaxed text-muted">
            {t.intro(questions.length)}{" "}
            {/* No prefetch: the briefing's payload would compete with the quiz on a slow phone. */}
            <Link
              href={routes.briefing(slug, lang)}
              prefetch={false}
              className="text-accent-ink underline underline-offset-2"
            >
              {edition.title}
            </Link>
            {t.introAfter}
          </p>
          <PeopleLine
            people={peopleMentioned(edition, questions.flatMap(questionTexts))}
            label={t.whosWho}
          />
          <QuizForm
            slug={slug}
            questions={questions}
            action={action}
            words={quizFormWords(lang)}
            lang={lang}
          />
        </div>
      );
    },
  };
}
