import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { sign, verify } from "@/lib/auth/signed-value";

const cookieName = (code: string) => `bq_class_${code}`;

/** The student id this browser holds for the class, if its signed cookie is genuine. */
export async function classMember(code: string): Promise<string | undefined> {
  const value = verify((await cookies()).get(cookieName(code))?.value, authSecret());
  return value?.startsWith(`${code}:`) ? value.slice(code.length + 1) : undefined;
}

/**
 * The student id for a join: the one this browser already has for the class (so rejoining
 * from the same phone is the same student), or a new one in a signed, httpOnly cookie.
 * Only server actions may call this (pages cannot set cookies).
 */
export async function ensureClassMember(code: string): Promise<string> {
  const existing = await classMember(code);
  if (existing) return existing;
  const studentId = randomUUID();
  // The code is inside the signed value, so a cookie cannot be moved to another class.
  (await cookies()).set(cookieName(code), sign(`${code}:${studentId}`, authSecret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  return studentId;
}
