import { factAnchor } from "@/lib/content/display";
import type { Lang } from "@/lib/i18n/lang";

const prefix = (lang: Lang) => (lang === "en" ? "" : `/${lang}`);

/**
 * The sign-in page. Its own export as well, so the header's account link (a client component)
 * takes this one function into every page's JavaScript rather than the whole table.
 */
export function signInRoute(
  { from, error }: { from?: string; error?: string } = {},
  lang: Lang = "en",
) {
  const query = new URLSearchParams({ ...(from && { from }), ...(error && { error }) });
  return query.size > 0 ? `${prefix(lang)}/signin?${query}` : `${prefix(lang)}/signin`;
}

/**
 * Every URL of the site, built in one place (the README's Routes table, in code): a route
 * moved here moves everywhere, and a link cannot be misspelt in one page only.
 */
export const routes = {
  home: () => "/",
  /** A briefing; in Spanish under /es (English has no prefix: every old URL still works). */
  briefing: (slug: string, lang: Lang = "en") => `${prefix(lang)}/${slug}`,
  /** The easier version of a briefing (same facts, plainer words). */
  easyBriefing: (slug: string, lang: Lang = "en") => `${prefix(lang)}/${slug}/easy`,
  /** Remembers a reading level (a cookie), then shows the briefing, or the class page, at it. */
  chooseLevel: (slug: string, level: "standard" | "easy", classCode?: string, lang: Lang = "en") =>
    `/level?slug=${slug}&to=${level}${classCode ? `&class=${classCode}` : ""}${lang === "en" ? "" : `&lang=${lang}`}`,
  /** Remembers a language (a cookie), then shows the briefing (or the class page) in it. */
  chooseLanguage: (slug: string, lang: Lang, level: "standard" | "easy", classCode?: string) =>
    `/language?slug=${slug}&to=${lang}&level=${level}${classCode ? `&class=${classCode}` : ""}`,
  /** A fact in the briefing's evidence list; a full page load, so :target highlights it. */
  fact: (slug: string, factId: string, lang: Lang = "en") =>
    `${prefix(lang)}/${slug}#${factAnchor(factId)}`,
  quiz: (slug: string, lang: Lang = "en") => `${prefix(lang)}/${slug}/quiz`,
  result: (slug: string, attemptId: string, lang: Lang = "en") =>
    `${prefix(lang)}/${slug}/quiz/result/${attemptId}`,
  retry: (slug: string, attemptId: string, lang: Lang = "en") =>
    `${prefix(lang)}/${slug}/quiz/retry/${attemptId}`,
  me: (lang: Lang = "en") => `${prefix(lang)}/me`,
  /** /me asking to tick the box before deleting everything. */
  meDelete: (state: "confirm", lang: Lang = "en") => `${prefix(lang)}/me?delete=${state}#your-data`,
  /** /me after deleting, saying what went. */
  meDeleted: (removed: { attempts: number; classes: number }, lang: Lang = "en") =>
    `${prefix(lang)}/me?deleted=${removed.attempts}.${removed.classes}#your-data`,
  /** Everything we hold about the reader, as a JSON download. */
  myData: () => "/me/data",
  /** What we keep, for how long, who sees it, and every cookie. */
  privacy: (lang: Lang = "en") => `${prefix(lang)}/privacy`,
  /** Sign in (or out), returning to `from` afterwards; `error` is Auth.js's code. */
  signIn: signInRoute,
  teach: () => "/teach",
  classDashboard: (code: string, confirm?: "delete") =>
    confirm ? `/teach/${code}?confirm=${confirm}` : `/teach/${code}`,
  /** The dashboard telling why a rename or removal did not happen, at that student's row. */
  classDashboardNotice: (code: string, notice: string, studentId: string) =>
    `/teach/${code}?notice=${notice}&student=${encodeURIComponent(studentId)}#student-${encodeURIComponent(studentId)}`,
  classPrint: (code: string) => `/teach/${code}/print`,
  classCsv: (code: string) => `/teach/${code}/results.csv`,
  /** A briefing's quiz as a file for the school's LMS (file name from lib/quiz/export). */
  quizExport: (file: string) => `/teach/export/${file}`,
  /** The same, from a class: with the class link in it. */
  classQuizExport: (code: string, file: string) => `/teach/${code}/export/${file}`,
  /** What students open: the class link, joined with a nickname. */
  classJoin: (code: string, lang: Lang = "en") => `${prefix(lang)}/c/${code}`,
  classQuiz: (code: string, lang: Lang = "en") => `${prefix(lang)}/c/${code}/quiz`,
};
