import { loadEdition } from "@/lib/content/load-edition.server";
import { isLevel } from "@/lib/content/reading-level-choice";
import { isLang, LANG_COOKIE } from "@/lib/i18n/lang";
import { rememberChoice } from "@/lib/links/remember-choice";
import { routes } from "@/lib/links/routes";
import { normalizeCode } from "@/lib/classes/class-code.server";

/**
 * The language switch (English / Español): remembers the choice in a cookie and shows the
 * briefing in that language at the level it was read at. A plain link, like /level; the cookie
 * then makes /<slug> serve the Spanish page (next.config.ts).
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const slug = url.searchParams.get("slug") ?? "";
  const lang = url.searchParams.get("to");
  const level = url.searchParams.get("level") ?? "standard";
  const edition = isLang(lang) ? loadEdition(slug, lang) : undefined;
  if (!isLang(lang) || !isLevel(level) || !edition) {
    return new Response("Not found", { status: 404 });
  }
  // From a class's page, back to it: only to a well-formed class path, never elsewhere.
  const classCode = normalizeCode(url.searchParams.get("class"));
  const easy = level === "easy" && edition.easy;
  const target = classCode
    ? routes.classJoin(classCode, lang)
    : easy
      ? routes.easyBriefing(slug, lang)
      : routes.briefing(slug, lang);
  return rememberChoice(request, LANG_COOKIE, lang, target);
}
