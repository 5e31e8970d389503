import type { Lang } from "./lang";

/** A language's name in English, for the teacher's pages and CSV (absent: English). */
export function languageName(lang: Lang = "en"): string {
  return { en: "English", es: "Spanish" }[lang];
}
