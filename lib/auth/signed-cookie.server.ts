import "server-only";
import { cookies } from "next/headers";
import { isProduction } from "@/lib/env/env.server";
import { authSecret } from "./secret.server";
import { sign, verify } from "./signed-value.server";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The value of a signed cookie if its signature is genuine, else undefined. Never writes. */
export async function readSignedCookie(name: string): Promise<string | undefined> {
  return verify((await cookies()).get(name)?.value, authSecret());
}

/**
 * Sets a signed, httpOnly, SameSite=Lax cookie for a year (Secure in production). Only server
 * actions and route handlers may call this (pages cannot set cookies).
 */
export async function setSignedCookie(name: string, value: string): Promise<void> {
  (await cookies()).set(name, sign(value, authSecret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: isProduction(),
    path: "/",
    maxAge: ONE_YEAR,
  });
}
