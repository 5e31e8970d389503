import "server-only";
import { readSignedCookie, setSignedCookie } from "./signed-cookie";
import { newAnonymousId } from "./signed-value";

export const ANON_COOKIE = "bq_anon";

/** This browser's verified anonymous id, if it has one. Never writes. */
export function anonymousSubject(): Promise<string | undefined> {
  return readSignedCookie(ANON_COOKIE);
}

/**
 * The anonymous id for a write: the existing one, or a new one in a signed cookie. Only
 * server actions and route handlers may call this (pages cannot set cookies).
 */
export async function ensureAnonymousSubject(): Promise<string> {
  const existing = await anonymousSubject();
  if (existing) return existing;
  const id = newAnonymousId();
  await setSignedCookie(ANON_COOKIE, id);
  return id;
}
