import { devices, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import { briefing, SLUG } from "./quiz-helpers";
import { en } from "../lib/i18n/en";
import { es } from "../lib/i18n/es";

// The Spanish edition's pages (/es/<slug>, /es/<slug>/easy): Spanish through and through but
// for the source's English originals (marked lang="en", one tap away), found from either
// language by a plain link that is remembered, and named to each other for search engines.
const spanish = JSON.parse(
  readFileSync(`content/briefings/${SLUG}/es/briefing.json`, "utf8"),
) as typeof briefing;
const ROUTES = [`/es/${SLUG}`, `/es/${SLUG}/easy`];

/** Every fixed English string of the dictionaries the Spanish pages use, where Spanish differs. */
function englishWords(): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === "string" && a !== b && a.length > 3) out.push(a);
    else if (Array.isArray(a)) a.forEach((v, i) => walk(v, (b as unknown[])[i]));
    else if (a && typeof a === "object")
      for (const [k, v] of Object.entries(a)) walk(v, (b as Record<string, unknown>)[k]);
    // A function's fixed words: called with sample values, its text minus them.
    else if (typeof a === "function")
      out.push(
        ...String(a(7, 9))
          .split(/\d+/)
          .filter((s) => s.trim().length > 3),
      );
  };
  walk({ shell: en.shell, briefing: en.briefing }, { shell: es.shell, briefing: es.briefing });
  // A word both languages write alike ("Original") is Spanish too; "English" names a language.
  const spanishWords = JSON.stringify(es);
  return out
    .map((s) => s.trim())
    .filter((s) => s !== "English" && !wholeWords(s).test(spanishWords));
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
    return copy.textContent ?? "";
  });

test("a Spanish page shows no English string of ours, in any state", async ({ page }) => {
  const english = englishWords();
  expect(english.length).toBeGreaterThan(40);
  for (const route of ROUTES) {
    await page.goto(route);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const text = await spanishText(page);
    expect(
      english.filter((words) => wholeWords(words).test(text)),
      route,
    ).toEqual([]);
  }
});

test("the source's words appear as our translation, the English original one tap away", async ({
  page,
}) => {
  await page.goto(`/es/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(spanish.title);
  const marker = page.getByTestId("fact-marker").first();
  await marker.locator("summary").first().click();
  const original = marker.locator("details.original-words").first();
  await expect(original.locator("summary")).toHaveText(/traducción nuestra.*Original en inglés/);
  await original.locator("summary").click();
  const english = original.locator("blockquote[lang='en']");
  await expect(english).toBeVisible();
  const facts = JSON.parse(readFileSync(`content/briefings/${SLUG}/facts.json`, "utf8"));
  const evidence = facts.map((f: { evidence: string }) => f.evidence);
  expect(evidence).toContain(await english.textContent());
});

test("English and Spanish name each other (hreflang), and the sitemap lists both", async ({
  page,
  request,
}) => {
  for (const route of [`/${SLUG}`, `/es/${SLUG}`]) {
    await page.goto(route);
    for (const [lang, path] of [
      ["en", `/${SLUG}`],
      ["es", `/es/${SLUG}`],
    ]) {
      await expect(page.locator(`link[rel='alternate'][hreflang='${lang}']`)).toHaveAttribute(
        "href",
        new RegExp(`${path}$`),
      );
    }
  }
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/es/${SLUG}</loc>`);
  expect(sitemap).toMatch(/hreflang="es"/);
});

for (const javaScriptEnabled of [true, false]) {
  test(`the language switch is a plain link, remembered with the level (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
  }, { project }) => {
    const device = devices[project.name === "mobile" ? "Pixel 7" : "Desktop Chrome"];
    const context = await browser.newContext({ ...device, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`/${SLUG}`);
    await page
      .getByRole("navigation", { name: "Language" })
      .getByRole("link", { name: "Español" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/es/${SLUG}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    // The plain English address now opens the Spanish page; the level switch stays in Spanish.
    await page.goto(`/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(spanish.title);
    await page
      .getByRole("navigation", { name: "Nivel de lectura" })
      .getByRole("link", { name: "Más fácil de leer" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/es/${SLUG}/easy$`));
    await page.goto(`/${SLUG}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      JSON.parse(readFileSync(`content/briefings/${SLUG}/es/briefing.easy.json`, "utf8")).title,
    );
    // And back to English, at the same level.
    await page
      .getByRole("navigation", { name: "Idioma" })
      .getByRole("link", { name: "English" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${SLUG}/easy$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`Spanish pages are axe clean and fit the screen (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of ROUTES) {
      await page.goto(route);
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    }
  });
}

test("an address that leads nowhere is a 404 page with the site around it, in both languages", async ({
  page,
}) => {
  for (const route of ["/no-such-briefing", "/es/no-such-briefing"]) {
    const response = await page.goto(route);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectNoAxeViolations(page);
  }
});
