import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClearDraft } from "@/components/quiz/clear-draft";
import { ResultView } from "@/components/quiz/result-view";
import { quizAttempts } from "@/lib/services/services.server";
import { peopleMentioned } from "@/lib/content/people";
import { reviewAttempt } from "@/lib/quiz/review";
import { routes } from "@/lib/links/routes";

type Props = { params: Promise<{ slug: string; attemptId: string }> };

export const metadata: Metadata = { title: "Your result", robots: { index: false } };

export default async function ResultPage({ params }: Props) {
  const { slug, attemptId } = await params;
  const owned = await quizAttempts().loadOwnedAttempt(slug, attemptId);
  if (!owned) notFound();
  const { briefing, quiz, attempt, klass, answersHidden } = owned;
  const review = reviewAttempt(quiz.questions, attempt);
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
      <p className="text-sm font-semibold tracking-wide text-accent-ink uppercase">Your result</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight text-balance">
        <Link href={routes.briefing(slug)} className="hover:underline">
          {briefing.title}
        </Link>
      </h1>
      {klass && (
        <p className="mt-2 text-sm text-muted" data-testid="class-result">
          For your class <strong className="text-ink">{klass.title}</strong>.{" "}
          {answersHidden &&
            "Your teacher will show the answers and explanations later: come back to this page."}
        </p>
      )}
      <ResultView
        scoreOnly={answersHidden}
        slug={slug}
        attempt={attempt}
        review={review}
        people={peopleMentioned(briefing, texts)}
        facts={new Map(briefing.facts.map((f) => [f.id, f]))}
      />
    </div>
  );
}
