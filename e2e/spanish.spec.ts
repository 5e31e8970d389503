import { devices } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import { briefing, SLUG } from "./quiz-helpers";
import { englishWords, expectNoEnglish } from "./spanish-words";

// The Spanish edition's pages (/es/<slug>, /es/<slug>/easy): Spanish through and through but
// for the source's English originals (marked lang="en", one tap away), found from either
// language by a plain link that is remembered, and named to each other for search engines.
const spanish = JSON.parse(
  readFileSync(`content/briefings/${SLUG}/es/briefing.json`, "utf8"),
) as typeof briefing;
const ROUTES = [
  `/es/${SLUG}`,
  `/es/${SLUG}/easy`,
  `/es/${SLUG}/quiz`,
  "/es/me",
  "/es/privacy",
  "/es/signin",
];

test("a Spanish page shows no English string of ours, in any state", async ({ page }) => {
  expect(englishWords().length).toBeGreaterThan(80);
  for (const route of ROUTES) {
    await page.goto(route);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expectNoEnglish(page, route);
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

test("English and Spanish briefings and quizzes name each other (hreflang), and the sitemap lists both", async ({
  page,
  request,
}) => {
  for (const suffix of ["", "/quiz"]) {
    for (const route of [`/${SLUG}${suffix}`, `/es/${SLUG}${suffix}`]) {
      await page.goto(route);
      for (const [lang, path] of [
        ["en", `/${SLUG}${suffix}`],
        ["es", `/es/${SLUG}${suffix}`],
      ]) {
        await expect(page.locator(`link[rel='alternate'][hreflang='${lang}']`)).toHaveAttribute(
          "href",
          new RegExp(`${path}$`),
        );
      }
      // The share card speaks the page's language.
      await expect(page.locator("meta[property='og:locale']")).toHaveAttribute(
        "content",
        route.startsWith("/es/") ? "es_US" : "en_GB",
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
  test(`Spanish pages are axe clean and fit the screen (${scheme})`, async ({ page }, {
    project,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // The narrowest phone we support on the phone project; desktop as it is.
    if (project.name === "mobile") await page.setViewportSize({ width: 320, height: 720 });
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
