import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefingHeader } from "@/components/briefing/briefing-header";
import { EvidenceList } from "@/components/briefing/evidence-list";
import { SectionNav } from "@/components/briefing/section-nav";
import { SectionView } from "@/components/briefing/section-view";
import { QuizCta } from "@/components/briefing/quiz-cta";
import { SourceBlock } from "@/components/briefing/source-block";
import { briefingParams, loadBriefing } from "@/lib/content/load-briefings";
import { readingMinutes } from "@/lib/content/reading-time";
import { loadQuiz } from "@/lib/quiz/load-quiz";
import { OPEN_GRAPH_BASE, TWITTER_BASE } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

// Every briefing is prerendered at build time; an unknown slug is a 404, not a render.
export const dynamicParams = false;

export const generateStaticParams = briefingParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const briefing = loadBriefing((await params).slug);
  if (!briefing) return {};
  const url = `/${briefing.slug}`;
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
  const factsById = new Map(briefing.facts.map((fact) => [fact.id, fact]));
  const numbers = new Map(briefing.facts.map((fact, i) => [fact.id, i + 1]));
  return (
    <article className="mx-auto max-w-3xl px-4">
      <BriefingHeader briefing={briefing} minutes={readingMinutes(briefing)} />
      <SectionNav sections={briefing.sections} />
      {briefing.sections.map((section) => (
        <SectionView key={section.id} section={section} factsById={factsById} numbers={numbers} />
      ))}
      {quiz && <QuizCta slug={briefing.slug} questions={quiz.questions.length} />}
      <EvidenceList facts={briefing.facts} />
      <SourceBlock source={briefing.source} />
    </article>
  );
}
