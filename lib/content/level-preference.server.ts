import "server-only";
import { cookies } from "next/headers";
import { isLevel, LEVEL_COOKIE, type Level } from "./reading-level-choice";

const YEAR = 60 * 60 * 24 * 365;

/** The reading level this browser chose, if any (dynamic pages: a class's briefing). */
export async function chosenLevel(): Promise<Level | undefined> {
  const value = (await cookies()).get(LEVEL_COOKIE)?.value;
  return isLevel(value) ? value : undefined;
}

/**
 * A class's starting level becomes the student's until they choose otherwise, so "Show me
 * where" and the briefing itself open at it. Only server actions may call this (pages cannot
 * set cookies); a choice already made is kept.
 */
export async function startAtLevel(level: Level): Promise<void> {
  const jar = await cookies();
  if (isLevel(jar.get(LEVEL_COOKIE)?.value)) return;
  jar.set(LEVEL_COOKIE, level, { path: "/", maxAge: YEAR, sameSite: "lax" });
}
