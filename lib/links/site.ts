import { env } from "@/lib/env/env.server";

/**
 * Absolute origin for canonical URLs, Open Graph and the sitemap (no network is read):
 * SITE_URL, else Vercel's production domain, else localhost. A new URL each call, since
 * callers may change it.
 */
export function siteUrl(): URL {
  const e = env();
  return new URL(e.siteUrl ?? e.vercelProductionUrl ?? "http://localhost:3000");
}

export const SITE_NAME = "Briefing & Quiz";
export const SITE_DESCRIPTION =
  "News briefings you can read on a phone in minutes, where every claim links to the sentence of the source that supports it.";

/** Page metadata replaces, not merges, these objects: pages spread them to keep site-wide fields. */
export const OPEN_GRAPH_BASE = { siteName: SITE_NAME, locale: "en_GB" } as const;
export const TWITTER_BASE = { card: "summary_large_image" } as const;
