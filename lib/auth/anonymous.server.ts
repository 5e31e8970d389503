import "server-only";
import { cookies } from "next/headers";
import { ANON_COOKIE_NAME } from "./cookie-names";
import { readSignedCookie, setSignedCookie } from "./signed-cookie.server";
import { newAnonymousId } from "./signed-value.server";

/** This browser's verified anonymous id, if it has one. Never writes. */
export function anonymousSubject(): Promise<string | undefined> {
  return readSignedCookie(ANON_COOKIE_NAME);
}

/**
 * The anonymous id for a write: the existing one, or a new one in a signed cookie. Only
 * server actions and route handlers may call this (pages cannot set cookies).
 */
export async function ensureAnonymousSubject(): Promise<string> {
  const existing = await anonymousSubject();
  if (existing) return existing;
  const id = newAnonymousId();
  await setSignedCookie(ANON_COOKIE_NAME, id);
  return id;
}

/** Forgets this browser's anonymous id (after "delete my data"). Actions only. */
export async function forgetAnonymousSubject(): Promise<void> {
  (await cookies()).delete(ANON_COOKIE_NAME);
}
