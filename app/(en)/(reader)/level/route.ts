import { normalizeCode } from "@/lib/classes/class-code.server";
import { listBriefingSlugs, loadBriefing } from "@/lib/content/load-briefings.server";
import { isLevel, LEVEL_COOKIE } from "@/lib/content/reading-level-choice";
import { routes } from "@/lib/links/routes";

const YEAR = 60 * 60 * 24 * 365;

/**
 * The reading-level switch ("Easier to read" / "Standard"): remembers the choice in a cookie
 * and shows the briefing at that level. A plain link, so it works without JavaScript; the
 * cookie then makes /<slug> serve the easier page (next.config.ts), and class pages follow it.
 * From a class's page it returns there: only to a well-formed class path, never elsewhere.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const slug = url.searchParams.get("slug") ?? "";
  const level = url.searchParams.get("to");
  if (!isLevel(level) || !listBriefingSlugs().includes(slug) || !loadBriefing(slug)?.easy) {
    return new Response("Not found", { status: 404 });
  }
  const classCode = normalizeCode(url.searchParams.get("class"));
  const target = classCode
    ? routes.classJoin(classCode)
    : level === "easy"
      ? routes.easyBriefing(slug)
      : routes.briefing(slug);
  const secure = url.protocol === "https:" ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      location: target,
      "set-cookie": `${LEVEL_COOKIE}=${level}; Path=/; Max-Age=${YEAR}; SameSite=Lax${secure}`,
      "cache-control": "no-store",
    },
  });
}
