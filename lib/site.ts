/** Absolute origin for canonical URLs, Open Graph and the sitemap (no network is read). */
export function siteUrl(): URL {
  const explicit = process.env.SITE_URL;
  if (explicit) return new URL(explicit);
  const vercel = process.env.VERCEL_PROJECT_PRODUCTION_URL;
  if (vercel) return new URL(`https://${vercel}`);
  return new URL("http://localhost:3000");
}

export const SITE_NAME = "Briefing & Quiz";
export const SITE_DESCRIPTION =
  "News briefings you can read on a phone in minutes, where every claim links to the sentence of the source that supports it.";

/** Page metadata replaces, not merges, these objects: pages spread them to keep site-wide fields. */
export const OPEN_GRAPH_BASE = { siteName: SITE_NAME, locale: "en_GB" } as const;
export const TWITTER_BASE = { card: "summary_large_image" } as const;
