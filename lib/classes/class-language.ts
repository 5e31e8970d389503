import type { Lang } from "@/lib/i18n/lang";

type Choice = {
  /** The language of the page asked for: /c/<code> is English, /es/c/<code> Spanish. */
  page: Lang;
  /** The student's own choice (the language switch, or the class they joined in). */
  chosen: Lang | undefined;
  /** The language the teacher chose for the class to start in. */
  start: Lang | undefined;
  /** The languages the class's briefing can be read in. */
  available: readonly Lang[];
};

/**
 * The language a class page shows. A Spanish address is Spanish where the briefing has it;
 * the plain address follows the student's choice, else the class's starting language, so the
 * link every teacher shared before there was a choice still opens in English.
 */
export function classLanguage({ page, chosen, start, available }: Choice): Lang {
  const wanted = page === "en" ? (chosen ?? start ?? "en") : page;
  return available.includes(wanted) ? wanted : "en";
}
