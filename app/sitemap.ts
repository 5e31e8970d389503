import type { MetadataRoute } from "next";
import { loadAllBriefings } from "@/lib/content/load-briefings.server";
import { siteUrl } from "@/lib/links/site-url.server";
import { routes } from "@/lib/links/routes";

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return [
    { url: new URL("/", base).toString(), changeFrequency: "daily", priority: 1 },
    ...loadAllBriefings().map((b) => ({
      url: new URL(routes.briefing(b.slug), base).toString(),
      lastModified: b.source.date,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
  ];
}
