import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefingBody } from "@/components/briefing/briefing-body";
import {
  briefingMetadata,
  briefingPage,
  editionParams,
} from "@/lib/services/briefing-pages.server";

type Props = { params: Promise<{ slug: string }> };

// Every briefing is prerendered at build time; an unknown slug is a 404, not a render.
export const dynamicParams = false;

export const generateStaticParams = () => editionParams("en", "standard");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return briefingMetadata((await params).slug, "en", "standard");
}

export default async function BriefingPage({ params }: Props) {
  const page = briefingPage((await params).slug, "en");
  if (!page) notFound();
  return <BriefingBody briefing={page.edition} {...page} />;
}
