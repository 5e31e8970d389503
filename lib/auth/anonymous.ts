import "server-only";
import { cookies } from "next/headers";
import { authSecret } from "./secret";
import { newAnonymousId, sign, verify } from "./signed-value";

export const ANON_COOKIE = "bq_anon";
const ONE_YEAR = 60 * 60 * 24 * 365;

/** This browser's verified anonymous id, if it has one. Never writes. */
export async function anonymousSubject(): Promise<string | undefined> {
  const jar = await cookies();
  return verify(jar.get(ANON_COOKIE)?.value, authSecret());
}

/**
 * The anonymous id for a write: the existing one, or a new one set as a signed, httpOnly
 * cookie. Only server actions and route handlers may call this (pages cannot set cookies).
 */
export async function ensureAnonymousSubject(): Promise<string> {
  const existing = await anonymousSubject();
  if (existing) return existing;
  const id = newAnonymousId();
  (await cookies()).set(ANON_COOKIE, sign(id, authSecret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: ONE_YEAR,
  });
  return id;
}
