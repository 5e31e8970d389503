import "server-only";
import { randomUUID } from "node:crypto";
import { readSignedCookie, setSignedCookie } from "@/lib/auth/signed-cookie";

const cookieName = (code: string) => `bq_class_${code}`;

/** The student id this browser holds for the class, if its signed cookie is genuine. */
export async function classMember(code: string): Promise<string | undefined> {
  const value = await readSignedCookie(cookieName(code));
  return value?.startsWith(`${code}:`) ? value.slice(code.length + 1) : undefined;
}

/**
 * The student id for a join: the one this browser already has for the class (so rejoining
 * from the same phone is the same student), or a new one. Only server actions may call this
 * (pages cannot set cookies).
 */
export async function ensureClassMember(code: string): Promise<string> {
  const existing = await classMember(code);
  if (existing) return existing;
  const studentId = randomUUID();
  // The code is inside the signed value, so a cookie cannot be moved to another class.
  await setSignedCookie(cookieName(code), `${code}:${studentId}`);
  return studentId;
}
