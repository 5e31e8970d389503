import "server-only";
import { cookies } from "next/headers";
import { isLang, LANG_COOKIE, type Lang } from "./lang";

const YEAR = 60 * 60 * 24 * 365;

/** The language this browser chose, if any (dynamic pages: a class's pages). */
export async function chosenLang(): Promise<Lang | undefined> {
  const value = (await cookies()).get(LANG_COOKIE)?.value;
  return isLang(value) ? value : undefined;
}

/**
 * The language a student joined a class in becomes theirs until they choose otherwise, as
 * the class's level does: "Show me where" and the briefing then open in it. Only server
 * actions may call this (pages cannot set cookies); a choice already made is kept.
 */
export async function startInLang(lang: Lang): Promise<void> {
  const jar = await cookies();
  if (isLang(jar.get(LANG_COOKIE)?.value)) return;
  jar.set(LANG_COOKIE, lang, { path: "/", maxAge: YEAR, sameSite: "lax" });
}
