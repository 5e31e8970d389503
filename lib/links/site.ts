// What the site calls itself, for metadata and the manifest; its origin is site-url.server.ts.

export const SITE_NAME = "Briefing & Quiz";
export const SITE_DESCRIPTION =
  "News briefings you can read on a phone in minutes, where every claim links to the sentence of the source that supports it.";

/** Page metadata replaces, not merges, these objects: pages spread them to keep site-wide fields. */
export const OPEN_GRAPH_BASE = { siteName: SITE_NAME, locale: "en_GB" } as const;
export const TWITTER_BASE = { card: "summary_large_image" } as const;
