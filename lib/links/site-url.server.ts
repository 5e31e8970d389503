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
