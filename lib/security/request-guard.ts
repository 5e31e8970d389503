// What the proxy (proxy.ts) refuses before a request reaches a page or an action, as plain
// decisions over a request's method, path and headers, so they are unit-tested here.

/** A refusal: the status and the sentence the plain page shows. */
export type Refusal = { status: 400 | 403 | 413; message: string };

export const CROSS_SITE: Refusal = {
  status: 403,
  message:
    "This form was sent from another site, so it was not accepted. Go back to the page on this site and send it from there.",
};
export const UNREADABLE_PATH: Refusal = {
  status: 400,
  message: "This address cannot be read: check the link and try again.",
};
export const UNREADABLE_FORM: Refusal = {
  status: 400,
  message: "This form could not be read. Reload the page and send it again.",
};
export const TOO_LARGE: Refusal = {
  status: 413,
  message: "This form is far larger than any this site sends. Reload the page and send it again.",
};

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Auth.js's own endpoints check their own CSRF token and state, and an identity provider's
 * `form_post` callback arrives from the provider's site by design. So do an LMS's LTI login
 * initiation and launch (lib/lti: the platform's signature, our signed state bound to the
 * browser, a nonce used once).
 */
const OWN_CHECKS = /^\/(api\/auth\/|lti\/(login|launch)$)/;

export type GuardInput = {
  method: string;
  /** The path as requested, still percent-encoded. */
  rawPath: string;
  headers: Headers;
  /** SITE_URL's origin, when configured. */
  siteOrigin: string | undefined;
  /** Whether X-Forwarded-Host comes from a proxy TRUSTED_PROXY trusts. */
  forwardedTrusted: boolean;
};

/** The host the request was sent to: its Host header, or a trusted proxy's X-Forwarded-Host. */
export function requestHost(headers: Headers, forwardedTrusted: boolean): string | undefined {
  const forwarded = forwardedTrusted ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : "";
  return (forwarded || headers.get("host") || "").toLowerCase() || undefined;
}

/**
 * Whether a state-changing request comes from a page of this site. A browser sends Origin on
 * every POST; it must be the configured site's origin or the host the request was sent to
 * (never a client's X-Forwarded-Host). With no Origin, Sec-Fetch-Site (also set only by the
 * browser) must say same-origin when present. With neither, the sender is not a browser that
 * could be made to post for someone else (every browser that runs these pages sends Origin),
 * so it passes to the action's own checks.
 */
export function sameSite(input: GuardInput): boolean {
  const origin = input.headers.get("origin");
  if (origin === null) {
    const site = input.headers.get("sec-fetch-site");
    return site === null || site === "same-origin";
  }
  let host: string;
  try {
    const url = new URL(origin);
    if (input.siteOrigin && url.origin === input.siteOrigin) return true;
    host = url.host.toLowerCase();
  } catch {
    return false; // "null" (a sandboxed or file page) or junk
  }
  return host === requestHost(input.headers, input.forwardedTrusted);
}

/** The refusal for what can be judged from the request line and headers, if any. */
export function refuseByHeaders(input: GuardInput, bodyLimitBytes: number): Refusal | undefined {
  try {
    decodeURIComponent(input.rawPath);
  } catch {
    return UNREADABLE_PATH;
  }
  if (SAFE.has(input.method.toUpperCase()) || OWN_CHECKS.test(input.rawPath)) return undefined;
  if (!sameSite(input)) return CROSS_SITE;
  const length = Number(input.headers.get("content-length") ?? 0);
  if (length > bodyLimitBytes) return TOO_LARGE;
  return undefined;
}

/** Whether a POST is a server action (JavaScript's, by header; or a no-JS form's multipart). */
export function isActionPost(method: string, headers: Headers): boolean {
  if (method.toUpperCase() !== "POST") return false;
  if (headers.has("next-action")) return true;
  return (headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/**
 * Every server action of this site takes a form: the body must be multipart form data that
 * parses, with field names a browser can send (no control characters). Called from
 * JavaScript (`jsCall`, the Next-Action header), React's encoding holds the arguments in a
 * field "0", a JSON array; a form posted without JavaScript names its action in a field. Any
 * other body never came from these pages and is refused here, as a 400, rather than failing
 * in the decoder.
 */
export async function refuseActionBody(
  contentType: string,
  body: ArrayBuffer,
  jsCall: boolean,
): Promise<Refusal | undefined> {
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return UNREADABLE_FORM;
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return UNREADABLE_FORM;
  }
  for (const name of form.keys()) {
    if (/[\u0000-\u001f\u007f]/.test(name)) return UNREADABLE_FORM;
  }
  if (!jsCall) return undefined;
  const root = form.get("0");
  try {
    if (typeof root === "string" && Array.isArray(JSON.parse(root))) return undefined;
  } catch {
    // not JSON
  }
  return UNREADABLE_FORM;
}
