import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefingBody } from "@/components/briefing/briefing-body";
import { listBriefingSlugs, loadBriefing } from "@/lib/content/load-briefings.server";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import { routes } from "@/lib/links/routes";
import { OPEN_GRAPH_BASE } from "@/lib/links/site";

type Props = { params: Promise<{ slug: string }> };

// The easier version of each briefing that has one, prerendered like the standard text.
export const dynamicParams = false;

export function generateStaticParams() {
  return listBriefingSlugs()
    .filter((slug) => loadBriefing(slug)?.easy)
    .map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const easy = loadBriefing((await params).slug)?.easy;
  if (!easy) return {};
  const url = routes.easyBriefing((await params).slug);
  const title = `${easy.title} (easier to read)`;
  return {
    title,
    description: easy.dek,
    alternates: { canonical: url },
    openGraph: { ...OPEN_GRAPH_BASE, type: "article", url, title, description: easy.dek },
  };
}

export default async function EasyBriefingPage({ params }: Props) {
  const briefing = loadBriefing((await params).slug);
  if (!briefing?.easy) notFound();
  return (
    <BriefingBody
      briefing={briefing}
      level="easy"
      questions={loadQuiz(briefing.slug)?.questions.length}
      quizHref={routes.quiz(briefing.slug)}
    />
  );
}
