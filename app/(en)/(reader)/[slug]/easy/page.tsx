import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefingBody } from "@/components/briefing/briefing-body";
import {
  briefingMetadata,
  briefingPage,
  editionParams,
} from "@/lib/services/briefing-pages.server";

type Props = { params: Promise<{ slug: string }> };

// The easier version of each briefing that has one, prerendered like the standard text.
export const dynamicParams = false;

export const generateStaticParams = () => editionParams("en", "easy");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return briefingMetadata((await params).slug, "en", "easy");
}

export default async function EasyBriefingPage({ params }: Props) {
  const page = briefingPage((await params).slug, "en");
  if (!page?.edition.easy) notFound();
  return <BriefingBody briefing={page.edition} level="easy" {...page} />;
}
