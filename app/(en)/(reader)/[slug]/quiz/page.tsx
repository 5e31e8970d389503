import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PeopleLine } from "@/components/quiz/people-line";
import { QuizForm } from "@/components/quiz/quiz-form";
import { briefingParams, loadBriefing } from "@/lib/content/load-briefings.server";
import { peopleMentioned, questionTexts } from "@/lib/content/people";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import { toPublicQuiz } from "@/lib/quiz/public-quiz";
import { submitQuiz } from "./actions";
import { routes } from "@/lib/links/routes";

type Props = { params: Promise<{ slug: string }> };

// Prerendered: no cookies or session here. Identity is read only when the answers arrive.
export const dynamicParams = false;

export const generateStaticParams = briefingParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const briefing = loadBriefing((await params).slug);
  if (!briefing) return {};
  return {
    title: `Quiz: ${briefing.title}`,
    description: `Check what you understood of “${briefing.title}”. Every answer links to the sentence of the source that proves it.`,
    alternates: { canonical: routes.quiz(briefing.slug) },
  };
}

export default async function QuizPage({ params }: Props) {
  const { slug } = await params;
  const briefing = loadBriefing(slug);
  const quiz = loadQuiz(slug);
  if (!briefing || !quiz) notFound();
  const { title, questions } = toPublicQuiz(quiz);
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <p className="text-sm font-semibold tracking-wide text-accent-ink uppercase">Quiz</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance">{title}</h1>
      <p className="mt-2 leading-relaxed text-muted">
        {questions.length} questions on{" "}
        {/* No prefetch: the briefing's payload would compete with the quiz on a slow phone. */}
        <Link
          href={routes.briefing(slug)}
          prefetch={false}
          className="text-accent-ink underline underline-offset-2"
        >
          {briefing.title}
        </Link>
        . Scored when you submit; each answer then shows where the briefing says so.
      </p>
      <PeopleLine people={peopleMentioned(briefing, questions.flatMap(questionTexts))} />
      <QuizForm slug={slug} questions={questions} action={submitQuiz} />
    </div>
  );
}
