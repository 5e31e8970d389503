/** Readable by the page: "someone may be signed in here" (lib/auth/session-hint.ts). */
export const SESSION_HINT_COOKIE = "bq_signed_in";

/** Whether a `document.cookie` string carries the hint. */
export function hasSessionHint(cookieHeader: string): boolean {
  return cookieHeader.split(/;\s*/).includes(`${SESSION_HINT_COOKIE}=1`);
}
