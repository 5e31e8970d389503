import Link from "next/link";
import { notFound } from "next/navigation";
import { ClearDraft } from "@/components/quiz/clear-draft";
import { PeopleLine } from "@/components/quiz/people-line";
import { QuizForm } from "@/components/quiz/quiz-form";
import { QuizHeading } from "@/components/quiz/quiz-heading";
import { ResultView } from "@/components/quiz/result-view";
import { peopleMentioned, questionTexts } from "@/lib/content/people";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";
import { privatePage } from "@/lib/links/site-metadata.server";
import { toPublicQuiz } from "@/lib/quiz/public-quiz";
import type { QuizAction } from "@/lib/quiz/quiz-action-state";
import { reviewAttempt } from "@/lib/quiz/review";
import { isCorrect } from "@/lib/quiz/score";
import { quizFormWords } from "@/lib/services/quiz-pages.server";
import { quizAttempts } from "@/lib/services/services.server";

// A reader's own attempt, in a language: its result and its retry. /<slug>/quiz/result/<id>
// and /es/<slug>/quiz/result/<id> (and the retries) are each this, so they cannot drift.

type Props = { params: Promise<{ slug: string; attemptId: string }> };

/** The result: score, each answer beside the key, why not, and where the source says so. */
export function resultRoute(lang: Lang) {
  const t = dictionary(lang).quiz;
  return {
    metadata: privatePage(t.resultTitle),
    async Page({ params }: Props) {
      const { slug, attemptId } = await params;
      const owned = await quizAttempts().loadOwnedAttempt(slug, attemptId, lang);
      if (!owned) notFound();
      const { briefing, quiz, attempt, klass, answersHidden } = owned;
      const review = reviewAttempt(quiz.questions, attempt, lang);
      const texts = review.flatMap((r) => [
        r.prompt,
        ...r.yours,
        ...r.right,
        r.explanation,
        ...r.whyNot.map((w) => w.reason.text),
      ]);
      return (
        <div className="mx-auto max-w-2xl px-4 pt-6">
          <ClearDraft attemptId={attempt.attemptId} />
          <p className="text-sm font-semibold tracking-wide text-accent-ink uppercase">
            {t.resultTitle}
          </p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight text-balance">
            <Link href={routes.briefing(slug, lang)} className="hover:underline">
              {briefing.title}
            </Link>
          </h1>
          {klass && (
            <p className="mt-2 text-sm text-muted" data-testid="class-result">
              {t.forClass} <strong className="text-ink">{klass.title}</strong>.{" "}
              {answersHidden && t.answersLater}
            </p>
          )}
          <ResultView
            scoreOnly={answersHidden}
            slug={slug}
            attempt={attempt}
            review={review}
            people={peopleMentioned(briefing, texts)}
            facts={new Map(briefing.facts.map((f) => [f.id, f]))}
            lang={lang}
          />
        </div>
      );
    },
  };
}

/** The questions the attempt missed, as a quiz. Server-rendered, so it works without JS. */
export function retryRoute(lang: Lang, action: QuizAction) {
  const t = dictionary(lang).quiz;
  return {
    metadata: privatePage(t.retryTitle),
    async Page({ params }: Props) {
      const { slug, attemptId } = await params;
      const owned = await quizAttempts().loadOwnedAttempt(slug, attemptId, lang);
      // While a class hides answers, which ones were missed is hidden too.
      if (!owned || owned.answersHidden) notFound();
      const { briefing, quiz, attempt } = owned;
      const missed = attempt.questionIds.filter((id) => !isCorrect(attempt.credits[id] ?? 0));
      const { questions } = toPublicQuiz(quiz, new Set(missed), lang);
      return (
        <div className="mx-auto max-w-2xl px-4 pt-6">
          <QuizHeading kicker={t.retryKicker} title={t.retryHeading} />
          <p className="mt-2 leading-relaxed text-muted">
            {questions.length > 0 ? t.retryCount(questions.length) : t.nothingToRetry}
            <Link
              href={routes.result(slug, attemptId, lang)}
              className="text-accent-ink underline underline-offset-2"
            >
              {t.thatAttempt}
            </Link>
            .
          </p>
          <PeopleLine
            people={peopleMentioned(briefing, questions.flatMap(questionTexts))}
            label={t.whosWho}
          />
          {questions.length > 0 && (
            <QuizForm
              slug={slug}
              questions={questions}
              only={questions.map((q) => q.id).join(",")}
              action={action}
              words={quizFormWords(lang)}
              lang={lang}
            />
          )}
        </div>
      );
    },
  };
}
