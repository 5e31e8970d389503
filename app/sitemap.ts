import type { MetadataRoute } from "next";
import { languagesOf } from "@/lib/services/briefing-pages.server";
import { loadAllBriefings } from "@/lib/content/load-briefings.server";
import { siteUrl } from "@/lib/links/site-url.server";
import { routes } from "@/lib/links/routes";

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const url = (path: string) => new URL(path, base).toString();
  return [
    { url: url("/"), changeFrequency: "daily", priority: 1 },
    // Each briefing in each language it has, each entry naming the others (hreflang).
    ...loadAllBriefings().flatMap((b) => {
      const langs = languagesOf(b.slug);
      const languages = Object.fromEntries(
        langs.map((lang) => [lang, url(routes.briefing(b.slug, lang))]),
      );
      return langs.map((lang) => ({
        url: url(routes.briefing(b.slug, lang)),
        lastModified: b.source.date,
        changeFrequency: "monthly" as const,
        priority: 0.8,
        alternates: { languages },
      }));
    }),
  ];
}
