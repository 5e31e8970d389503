import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { continueAs, uniqueUser } from "./auth-helpers";
import { expect, PHONE_ONLY, test } from "./fixtures";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import { answer, briefing, quiz, SLUG } from "./quiz-helpers";

// Text size and line spacing (components/ui/reading-settings.tsx): set before first paint,
// remembered, scaled from the browser's own font size, and fitting a 320 px phone at the largest.

const LARGEST = JSON.stringify({ "text-size": "largest", "line-spacing": "wide" });
const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const control = (page: Page) => page.getByRole("button", { name: "Text size and spacing" });
const option = (page: Page, group: string, name: string) =>
  page.getByRole("group", { name: group }).getByRole("radio", { name, exact: true });
const sizeOption = (page: Page, name: string) => option(page, "Text size", name);
/** Taps an option's label, as a reader does (the radio itself is visually hidden). */
const choose = (page: Page, group: string, name: string) =>
  page
    .getByRole("group", { name: group })
    .locator("label")
    .filter({ has: page.getByRole("radio", { name, exact: true }) })
    .click();

/** Records the attribute as the parser inserts <body>: set then, it is set before any paint. */
const recordAtBody = (page: Page) =>
  page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const size = document.documentElement.getAttribute("data-text-size");
      sessionStorage.setItem("size-at-body", String(size));
    }).observe(document, { childList: true, subtree: true });
  });

test("a chosen size and spacing apply at once, survive a reload and another page", async ({
  page,
}) => {
  await recordAtBody(page);
  await page.goto(`/${SLUG}`);
  const base = await rootFontSize(page);
  // Line height as a multiple of the font size, on the briefing's first paragraph.
  const ratio = (p: Element) =>
    parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize);
  const spacing = () => page.locator("main p").first().evaluate(ratio);
  const standardSpacing = await spacing();

  await control(page).click();
  await expect(sizeOption(page, "Standard")).toBeChecked();
  await choose(page, "Text size", "Largest");
  await expect(sizeOption(page, "Largest")).toBeChecked();
  await choose(page, "Line spacing", "Wide");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "largest");
  expect(await rootFontSize(page)).toBe(base * 1.5);
  expect(await spacing()).toBeGreaterThan(standardSpacing + 0.25);
  // Tap targets grow with the text: every option stays at least 44 px tall.
  for (const box of await page.locator("#reading-settings label").all())
    expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expectNoAxeViolations(page, "#reading-settings");
  await page.keyboard.press("Escape");
  await expect(page.locator("#reading-settings")).toBeHidden();

  await page.reload();
  expect(await page.evaluate(() => sessionStorage.getItem("size-at-body"))).toBe("largest");
  expect(await rootFontSize(page)).toBe(base * 1.5);

  // Another page, reached by a link: the header's radios show the saved choice.
  await page.getByRole("banner").getByRole("link", { name: "My progress" }).click();
  await expect(page).toHaveURL(/\/me$/);
  expect(await rootFontSize(page)).toBe(base * 1.5);
  await control(page).click();
  await expect(sizeOption(page, "Largest")).toBeChecked();
  // Keyboard: arrows move along the group and choose as they go.
  await sizeOption(page, "Largest").focus();
  await page.keyboard.press("ArrowUp");
  await expect(sizeOption(page, "Larger")).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
  expect(await rootFontSize(page)).toBe(base * 1.25);
});

test("the default follows the browser's own font size", PHONE_ONLY, async ({}, testInfo) => {
  // A profile whose reader set a 20 px default font in the browser's settings.
  const profile = mkdtempSync(path.join(tmpdir(), "reading-settings-"));
  const prefs = { webkit: { webprefs: { default_font_size: 20 } } };
  mkdirSync(path.join(profile, "Default"));
  writeFileSync(path.join(profile, "Default/Preferences"), JSON.stringify(prefs));
  const { launchOptions, baseURL, viewport } = testInfo.project.use;
  const options = { ...launchOptions, baseURL, viewport };
  const context = await chromium.launchPersistentContext(profile, options);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`/${SLUG}`);
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "standard");
    expect(await rootFontSize(page)).toBe(20);
    await control(page).click();
    await choose(page, "Text size", "Largest");
    expect(await rootFontSize(page)).toBe(30);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the control is not shown; the page reads at the browser's size", async ({ page }) => {
    await page.goto(`/${SLUG}`);
    await expect(page.locator("html")).not.toHaveAttribute("data-text-size");
    await expect(control(page)).toBeHidden();
    expect(await rootFontSize(page)).toBe(16);
  });
});

/**
 * Every page with text a reader, student or teacher sees, signed in as a teacher; then the
 * page is set to the largest size on a 320 px phone.
 */
async function largestAt320(browser: Browser, page: Page) {
  await continueAs(page, `Ms ${uniqueUser("t")}`);
  await page.goto("/teach");
  await page.getByLabel("Class title").fill("10B — reading settings");
  await page.getByRole("radio", { name: briefing.title }).check();
  await page.getByRole("button", { name: "Create class link" }).click();
  await page.waitForURL(/\/teach\/[A-Z2-9]{6}$/);
  const code = page.url().split("/").pop()!;
  // A result page: the quiz answered on one page without JavaScript, in the same session.
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const form = await noJs.newPage();
  await form.goto(`/${SLUG}/quiz`);
  for (const [i, q] of quiz.questions.entries()) await answer(form, q, i !== 1);
  await form.getByRole("button", { name: "Submit answers" }).click();
  await expect(form).toHaveURL(/\/quiz\/result\//);
  const result = new URL(form.url()).pathname;
  await noJs.close();
  await page.addInitScript((saved) => localStorage.setItem("reading-settings", saved), LARGEST);
  await page.setViewportSize({ width: 320, height: 640 });
  return [
    "/",
    `/${SLUG}`,
    `/${SLUG}/easy`,
    `/${SLUG}/quiz`,
    result,
    "/me",
    "/signin",
    "/teach",
    `/teach/${code}`,
    `/c/${code}`,
    "/privacy",
  ];
}

/** Boxes whose content is wider than they are and does not scroll: clipped, or spilling out. */
const overflowing = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((el) => {
        const style = getComputedStyle(el);
        if (/^(inline|contents|none)$/.test(style.display) || /auto|scroll/.test(style.overflowX))
          return false;
        // Visually hidden text (sr-only) is 1 px wide on purpose.
        return el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`),
  );
const CONTROLS = "a, button, label, summary, input, select, textarea";

test(
  "at the largest size on a 320 px phone: no sideways scroll, axe clean in light and dark",
  PHONE_ONLY,
  async ({ page, browser }) => {
    test.setTimeout(180_000);
    for (const url of await largestAt320(browser, page)) {
      await page.goto(url);
      await expect(page.locator("html"), url).toHaveAttribute("data-text-size", "largest");
      await expectNoHorizontalScroll(page);
      expect(await overflowing(page, CONTROLS), `clipped controls on ${url}`).toEqual([]);
      const box = (await control(page).boundingBox())!;
      expect(box.height, `the control's tap target on ${url}`).toBeGreaterThanOrEqual(44);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoAxeViolations(page);
      }
    }
    // The panel itself, open, fits and is clean in both schemes.
    await control(page).click();
    await expectNoHorizontalScroll(page);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, "#reading-settings");
    }
  },
);

/**
 * WCAG 2.2 SC 1.4.12 (Text Spacing): letters 0.12 em apart, words 0.16 em, lines 1.5, paragraphs
 * 2 em. It widens every word far more than one system font differs from another (Noto Sans,
 * DejaVu Sans, Liberation Sans), so a page that fits under it fits whatever fonts the machine
 * has: the layout test does not depend on them.
 */
const TEXT_SPACING = `*, *::before, *::after {
  letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important;
}
p { margin-bottom: 2em !important; }`;

test(
  "at the largest size on a 320 px phone, no text spills out of its box, even with WCAG text spacing",
  PHONE_ONLY,
  async ({ page, browser }) => {
    test.setTimeout(180_000);
    for (const url of await largestAt320(browser, page)) {
      await page.goto(url);
      expect(await overflowing(page, "main *"), url).toEqual([]);
      await page.addStyleTag({ content: TEXT_SPACING });
      await expectNoHorizontalScroll(page);
      expect(await overflowing(page, "main *"), `${url} with text spacing`).toEqual([]);
      expect(await overflowing(page, CONTROLS), `${url} controls with text spacing`).toEqual([]);
    }
  },
);
