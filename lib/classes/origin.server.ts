import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env/env.server";
import { siteUrl } from "@/lib/links/site-url.server";

/**
 * This site's origin as the teacher's browser reached it, for the class link and QR code:
 * SITE_URL when set (production), else the request's own host (a laptop on the school's
 * network, a preview deployment).
 */
export async function requestOrigin(): Promise<string> {
  if (env().siteUrl) return siteUrl().origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto") ?? "http";
  return host ? `${proto}://${host}` : siteUrl().origin;
}
