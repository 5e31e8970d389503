import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PeopleLine } from "@/components/quiz/people-line";
import { QuizForm } from "@/components/quiz/quiz-form";
import { peopleMentioned, questionTexts } from "@/lib/content/people";
import { quizAttempts } from "@/lib/services/services.server";
import { toPublicQuiz } from "@/lib/quiz/public-quiz";
import { isCorrect } from "@/lib/quiz/score";
import { submitQuiz } from "../../actions";
import { routes } from "@/lib/links/routes";

type Props = { params: Promise<{ slug: string; attemptId: string }> };

export const metadata: Metadata = { title: "Retry what you missed", robots: { index: false } };

/** Server-rendered, so a retry works without JavaScript too. */
export default async function RetryPage({ params }: Props) {
  const { slug, attemptId } = await params;
  const owned = await quizAttempts().loadOwnedAttempt(slug, attemptId);
  // While a class hides answers, which ones were missed is hidden too.
  if (!owned || owned.answersHidden) notFound();
  const { briefing, quiz, attempt } = owned;
  const missed = attempt.questionIds.filter((id) => !isCorrect(attempt.credits[id] ?? 0));
  const { questions } = toPublicQuiz(quiz, new Set(missed));
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <p className="text-sm font-semibold tracking-wide text-accent-ink uppercase">Retry</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance">The ones you missed</h1>
      <p className="mt-2 leading-relaxed text-muted">
        {questions.length > 0
          ? `${questions.length} question${questions.length === 1 ? "" : "s"} from `
          : "Nothing to retry: you got every question right in "}
        <Link
          href={routes.result(slug, attemptId)}
          className="text-accent-ink underline underline-offset-2"
        >
          that attempt
        </Link>
        .
      </p>
      <PeopleLine people={peopleMentioned(briefing, questions.flatMap(questionTexts))} />
      {questions.length > 0 && (
        <QuizForm
          slug={slug}
          questions={questions}
          only={questions.map((q) => q.id).join(",")}
          action={submitQuiz}
        />
      )}
    </div>
  );
}
