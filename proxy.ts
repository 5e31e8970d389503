import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env/env.server";
import { ltiFramers } from "@/lib/services/services.server";
import { ACTION_BODY_LIMIT_KB } from "@/lib/security/body-limit";
import { securityHeaders } from "@/lib/security/headers";
import { PLAIN_PAGE_HEADERS, plainPage } from "@/lib/security/plain-page";
import { trustsForwarded } from "@/lib/security/client-address.server";
import { peerAddress } from "@/lib/security/peer-address.server";
import {
  isActionPost,
  refuseActionBody,
  refuseByHeaders,
  requestHost,
  TOO_LARGE,
  type Refusal,
} from "@/lib/security/request-guard";

// Runs before every page, route and server action (docs/architecture.md): requests that
// cannot be read or come from another site stop here with a plain page and a 4xx, never a 500
// from deeper in; and when no proxy is trusted, a client's X-Forwarded-Host is replaced by the
// Host it really asked, so Next's own action check compares against the truth too.

const LIMIT = ACTION_BODY_LIMIT_KB * 1024;

function refusal({ status, message }: Refusal): NextResponse {
  const html = plainPage(
    "Not accepted",
    `<h1>Not accepted</h1><p>${message}</p><p><a href="/">Briefings</a></p>`,
  );
  return new NextResponse(html, { status, headers: PLAIN_PAGE_HEADERS });
}

/** The body, read up to one byte past the limit (a body without Content-Length included). */
async function boundedBody(request: NextRequest): Promise<ArrayBuffer | "too large"> {
  const reader = request.clone().body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = (await reader?.read()) ?? { done: true, value: undefined };
    if (done) break;
    size += value.byteLength;
    if (size > LIMIT) return "too large";
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body.buffer;
}

export async function proxy(request: NextRequest) {
  const { siteUrl, trustedProxy } = env();
  const forwardedTrusted = trustsForwarded(trustedProxy, peerAddress(request.headers));
  const rawPath = new URL(request.url).pathname;
  const refused = refuseByHeaders(
    {
      method: request.method,
      rawPath,
      headers: request.headers,
      siteOrigin: siteUrl ? new URL(siteUrl).origin : undefined,
      forwardedTrusted,
    },
    LIMIT,
  );
  if (refused) return refusal(refused);
  if (isActionPost(request.method, request.headers)) {
    const body = await boundedBody(request);
    if (body === "too large") return refusal(TOO_LARGE);
    const bad = await refuseActionBody(
      request.headers.get("content-type") ?? "",
      body,
      request.headers.has("next-action"),
    );
    if (bad) return refusal(bad);
  }
  let response = NextResponse.next();
  if (!forwardedTrusted && request.headers.has("x-forwarded-host")) {
    const headers = new Headers(request.headers);
    headers.set("x-forwarded-host", requestHost(request.headers, false) ?? "");
    response = NextResponse.next({ request: { headers } });
  }
  if (rawPath.startsWith("/lti/") || rawPath.startsWith("/es/lti/")) {
    // An LMS shows the LTI pages in its frame: those registered may (next.config.ts skips these).
    const frameAncestors = ["'self'", ...(await ltiFramers())];
    // Dynamic Registration opens in the registering LMS's own frame: that LMS may.
    const registering = registeringLms(request.nextUrl);
    if (registering) frameAncestors.push(registering);
    const production = process.env.NODE_ENV === "production";
    for (const { key, value } of securityHeaders({ production, frameAncestors })) {
      response.headers.set(key, value);
    }
  }
  return response;
}

/** The origin of the LMS registering itself (its configuration's), on /lti/register only. */
function registeringLms(url: URL): string | undefined {
  if (url.pathname !== "/lti/register") return undefined;
  try {
    const origin = new URL(url.searchParams.get("openid_configuration") ?? "").origin;
    return /^https?:\/\/[^\s;,']+$/.test(origin) ? origin : undefined;
  } catch {
    return undefined;
  }
}

export const config = {
  // Everything but the build's static files.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
