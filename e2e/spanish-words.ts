import { expect, type Page } from "@playwright/test";
import { en } from "../lib/i18n/en";
import { es } from "../lib/i18n/es";
import { accountEn } from "../lib/i18n/account-en";
import { accountEs } from "../lib/i18n/account-es";
import { MESSAGES } from "../lib/quiz/question-types/messages";
import { SITE_NAME } from "../lib/links/site";

// "No English UI string is left on a Spanish page": every fixed string of the English
// dictionary (and the quiz form's messages), looked for in a Spanish page's text.

/** Every fixed English string of the dictionaries, where the Spanish differs. */
export function englishWords(): string[] {
  const out: string[] = Object.values(MESSAGES).flatMap((m) => m.split(/(?<=\.)\s+/));
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === "string" && a !== b && a.length > 3) out.push(a);
    else if (Array.isArray(a)) a.forEach((v, i) => walk(v, (b as unknown[])[i]));
    else if (a && typeof a === "object")
      for (const [k, v] of Object.entries(a)) walk(v, (b as Record<string, unknown>)[k]);
    // A function's fixed words: called with sample values, its text minus them.
    else if (typeof a === "function") {
      let said: unknown;
      try {
        said = a(7, 9);
      } catch {
        said = a({ attempts: 7, classes: 9, total: 9, named: 7, unnamed: 2, report: 0 });
      }
      // Rich text comes back as its parts.
      out.push(
        ...[said]
          .flat()
          .map(String)
          .flatMap((s) => s.split(/\d+/))
          .filter((s) => s.trim().length > 3),
      );
    }
  };
  walk({ ...en, account: accountEn }, { ...es, account: accountEs });
  // A word both languages write alike ("Original") is Spanish too; "English" names a language.
  const spanishWords = JSON.stringify({ es, accountEs });
  return [...new Set(out.map((s) => s.replace(/\{\w+\}/g, "").trim()))].filter(
    (s) =>
      s.length > 3 && s !== "English" && s !== "undefined" && !wholeWords(s).test(spanishWords),
  );
}

/** A string as whole words: "Text" is not in "Texto". */
const wholeWords = (words: string) =>
  new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u");

/** The page's text a reader meets as Spanish: everything but what is marked English. */
const spanishText = (page: Page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[lang='en'], script, style").forEach((el) => el.remove());
    for (const details of copy.querySelectorAll("details")) details.setAttribute("open", "");
    // Hidden text counts too (a later question's hint, a closed panel), and labels for the ear.
    const labels = [...document.querySelectorAll("[aria-label]")]
      .filter((el) => !el.closest("[lang='en']"))
      .map((el) => el.getAttribute("aria-label"));
    return `${copy.textContent ?? ""} ${labels.join(" ")} ${document.title}`;
  });

/** Fails naming every English string of ours on the page. */
export async function expectNoEnglish(page: Page, route: string) {
  // The site's name is a name: it stays as it is in every language.
  const text = (await spanishText(page)).replaceAll(SITE_NAME, "");
  expect(
    englishWords().filter((words) => wholeWords(words).test(text)),
    route,
  ).toEqual([]);
}
