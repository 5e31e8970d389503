import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefingBody } from "@/components/briefing/briefing-body";
import type { Level } from "@/lib/content/reading-level-choice";
import type { Lang } from "@/lib/i18n/lang";
import {
  briefingMetadata,
  briefingPage,
  editionParams,
} from "@/lib/services/briefing-pages.server";

type Props = { params: Promise<{ slug: string }> };

/**
 * One briefing route, in a language at a level: its static params, metadata and page. The
 * four routes (/<slug>, /<slug>/easy, /es/<slug>, /es/<slug>/easy) are each this, so they
 * cannot drift apart.
 */
export function briefingRoute(lang: Lang, level: Level) {
  return {
    generateStaticParams: () => editionParams(lang, level),
    generateMetadata: async ({ params }: Props): Promise<Metadata> =>
      briefingMetadata((await params).slug, lang, level),
    async Page({ params }: Props) {
      const page = briefingPage((await params).slug, lang);
      if (!page || (level === "easy" && !page.edition.easy)) notFound();
      return <BriefingBody briefing={page.edition} level={level} {...page} />;
    },
  };
}
