import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefingBody } from "@/components/briefing/briefing-body";
import {
  briefingMetadata,
  briefingPage,
  editionParams,
} from "@/lib/services/briefing-pages.server";

type Props = { params: Promise<{ slug: string }> };

// The easier Spanish text of each briefing that has one, prerendered like the English.
export const dynamicParams = false;

export const generateStaticParams = () => editionParams("es", "easy");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return briefingMetadata((await params).slug, "es", "easy");
}

export default async function SpanishEasyBriefingPage({ params }: Props) {
  const page = briefingPage((await params).slug, "es");
  if (!page?.edition.easy) notFound();
  return <BriefingBody briefing={page.edition} level="easy" {...page} />;
}
