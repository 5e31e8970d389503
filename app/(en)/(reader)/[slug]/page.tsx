import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefingBody } from "@/components/briefing/briefing-body";
import { briefingParams, loadBriefing } from "@/lib/content/load-briefings.server";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import { OPEN_GRAPH_BASE, TWITTER_BASE } from "@/lib/links/site";
import { routes } from "@/lib/links/routes";

type Props = { params: Promise<{ slug: string }> };

// Every briefing is prerendered at build time; an unknown slug is a 404, not a render.
export const dynamicParams = false;

export const generateStaticParams = briefingParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const briefing = loadBriefing((await params).slug);
  if (!briefing) return {};
  const url = routes.briefing(briefing.slug);
  return {
    title: briefing.title,
    description: briefing.dek,
    alternates: { canonical: url },
    openGraph: {
      ...OPEN_GRAPH_BASE,
      type: "article",
      url,
      title: briefing.title,
      description: briefing.dek,
      publishedTime: briefing.source.date,
    },
    twitter: { ...TWITTER_BASE, title: briefing.title, description: briefing.dek },
  };
}

export default async function BriefingPage({ params }: Props) {
  const briefing = loadBriefing((await params).slug);
  if (!briefing) notFound();
  const quiz = loadQuiz(briefing.slug);
  return (
    <BriefingBody
      briefing={briefing}
      questions={quiz?.questions.length}
      quizHref={routes.quiz(briefing.slug)}
    />
  );
}
