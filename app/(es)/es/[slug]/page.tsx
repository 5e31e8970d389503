import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefingBody } from "@/components/briefing/briefing-body";
import {
  briefingMetadata,
  briefingPage,
  editionParams,
} from "@/lib/services/briefing-pages.server";

type Props = { params: Promise<{ slug: string }> };

// Every briefing with a Spanish edition (its es/ folder), prerendered like the English.
export const dynamicParams = false;

export const generateStaticParams = () => editionParams("es", "standard");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return briefingMetadata((await params).slug, "es", "standard");
}

export default async function SpanishBriefingPage({ params }: Props) {
  const page = briefingPage((await params).slug, "es");
  if (!page) notFound();
  return <BriefingBody briefing={page.edition} {...page} />;
}
