import { loadEdition } from "@/lib/content/load-edition.server";
import { isLevel } from "@/lib/content/reading-level-choice";
import { isLang, LANG_COOKIE } from "@/lib/i18n/lang";
import { rememberChoice } from "@/lib/links/remember-choice";
import { routes } from "@/lib/links/routes";

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
  const easy = level === "easy" && edition.easy;
  const target = easy ? routes.easyBriefing(slug, lang) : routes.briefing(slug, lang);
  return rememberChoice(request, LANG_COOKIE, lang, target);
}
