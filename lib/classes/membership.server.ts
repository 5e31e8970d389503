import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { readSignedCookie, setSignedCookie } from "@/lib/auth/signed-cookie.server";
import type { Membership } from "./types";
import { CLASS_COOKIE_PREFIX } from "./cookie-names";

const cookieName = (code: string) => `${CLASS_COOKIE_PREFIX}${code}`;

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
  await setClassMember(code, studentId);
  return studentId;
}

/**
 * Makes this browser the class's student `studentId`: for a student the LMS names (an LTI
 * launch), where the id is theirs on every device. Route handlers and actions only.
 */
export async function setClassMember(code: string, studentId: string): Promise<void> {
  await setSignedCookie(cookieName(code), `${code}:${studentId}`);
}

/** Every class this browser's genuine class cookies name (their signatures are checked). */
export async function browserMemberships(): Promise<Membership[]> {
  const names = (await cookies())
    .getAll()
    .map((c) => c.name)
    .filter((name) => name.startsWith(CLASS_COOKIE_PREFIX));
  const found = await Promise.all(
    names.map(async (name) => {
      const code = name.slice(CLASS_COOKIE_PREFIX.length);
      const studentId = await classMember(code);
      return studentId ? [{ code, studentId }] : [];
    }),
  );
  return found.flat();
}

/** Forgets every class this browser was in (after "delete my data"). Actions only. */
export async function forgetBrowserMemberships(): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) if (name.startsWith(CLASS_COOKIE_PREFIX)) jar.delete(name);
}
