import { normalizeCode } from "@/lib/classes/class-code.server";
import { loadEdition } from "@/lib/content/load-edition.server";
import { isLevel, LEVEL_COOKIE } from "@/lib/content/reading-level-choice";
import { isLang } from "@/lib/i18n/lang";
import { rememberChoice } from "@/lib/links/remember-choice";
import { routes } from "@/lib/links/routes";

/**
 * The reading-level switch ("Easier to read" / "Standard"): remembers the choice in a cookie
 * and shows the briefing at that level, in the language it was read in. A plain link, so it
 * works without JavaScript; the cookie then makes /<slug> serve the easier page
 * (next.config.ts), and class pages follow it. From a class's page it returns there: only to a
 * well-formed class path, never elsewhere.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const slug = url.searchParams.get("slug") ?? "";
  const level = url.searchParams.get("to");
  const lang = url.searchParams.get("lang") ?? "en";
  if (!isLevel(level) || !isLang(lang) || !loadEdition(slug, lang)?.easy) {
    return new Response("Not found", { status: 404 });
  }
  const classCode = normalizeCode(url.searchParams.get("class"));
  const target = classCode
    ? routes.classJoin(classCode, lang)
    : level === "easy"
      ? routes.easyBriefing(slug, lang)
      : routes.briefing(slug, lang);
  return rememberChoice(request, LEVEL_COOKIE, level, target);
}
