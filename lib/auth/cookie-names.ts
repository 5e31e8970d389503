// The names of the identity cookies, in a module with no server imports: the privacy page's
// list, the header's session check and the code that sets them share one spelling.

/** This browser's signed anonymous id (lib/auth/anonymous.ts). */
export const ANON_COOKIE_NAME = "bq_anon";

/** Readable by the page: "someone may be signed in here" (lib/auth/session-hint.ts). */
export const SESSION_HINT_COOKIE = "bq_signed_in";

/** Whether a `document.cookie` string carries the hint. */
export function hasSessionHint(cookieHeader: string): boolean {
  return cookieHeader.split(/;\s*/).includes(`${SESSION_HINT_COOKIE}=1`);
}
