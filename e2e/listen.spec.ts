import type { Page } from "@playwright/test";
import { expect, PHONE_ONLY, test } from "./fixtures";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import { splitUtterances } from "../lib/listen/split";
import { answer, briefing, quiz, SLUG, takeQuizOneByOne } from "./quiz-helpers";
import { displayQuote } from "../lib/content/display";
import * as standIn from "../test/support/speech-stand-in";
import { spokenForm } from "../lib/listen/spoken-form";

// Listen (components/listen/) against a stand-in speech engine that records what it is asked
// to say and lets the test decide when each sentence ends (test/support/speech-stand-in.ts).

declare global {
  interface Window {
    __speech: standIn.SpeechStandIn;
  }
}

const withSpeech = (page: Page, options: standIn.StandInOptions = {}) =>
  page.addInitScript(standIn.installSpeechStandIn, options);
const said = (page: Page) => page.evaluate(() => window.__speech.said());
const speaking = (page: Page) => page.evaluate(() => window.__speech.current());
const end = (page: Page) => page.evaluate(() => window.__speech.end());
const highlight = (page: Page) => page.evaluate(() => window.__speech.highlighted());
const words = (texts: string[]) => texts.join(" ").replace(/\s+/g, " ").trim();
const listenButtons = (page: Page) => page.getByRole("button", { name: /^Listen/ });
const listenTo = (page: Page, name: string) =>
  page.getByRole("button", { name: `Listen to ${name}`, exact: true });

/** Lets every sentence be spoken in turn, checking the highlight is on it and in view. */
async function listenThrough(page: Page) {
  await expect.poll(() => speaking(page)).toBeTruthy(); // past the empty unlock utterance
  for (let text = await speaking(page); text; text = await speaking(page)) {
    // The highlight shows the sentence as written; the voice gets its spoken form.
    await expect
      .poll(() => highlight(page).then((h) => h && { ...h, text: spokenForm(h.text) }))
      .toEqual({ text, inView: true });
    await end(page);
  }
  return said(page);
}

test.describe("Listen", () => {
  test.beforeEach(async ({ page }) => {
    // Scrolling to the sentence is instant, so "in view" can be checked at once.
    await page.emulateMedia({ reducedMotion: "reduce" });
  });

  test("a section, in its words and order, the highlight following", async ({ page }) => {
    await withSpeech(page);
    await page.goto(`/${SLUG}`);
    const section = briefing.sections[0]!;
    await listenTo(page, "“Key points”").click();
    await expect(page.getByRole("status")).toHaveText("Reading…");
    const spoken = await listenThrough(page);
    const texts = section.items.map((i) => ("text" in i ? i.text : ""));
    expect(words(spoken)).toBe(words([section.heading, ...texts]));
    expect(spoken.length).toBeGreaterThan(section.items.length + 1); // a sentence at a time
    const log = await page.evaluate(() => window.__speech.log.filter((s) => s.text));
    for (const s of log) expect(s).toMatchObject({ lang: "en", rate: 1, voice: "Stand-in en-US" });
    await expect(page.getByRole("status")).toHaveText("Finished");
    expect(await highlight(page)).toBeNull();
  });

  test("the whole briefing, without markers, buttons or glossary cards", async ({ page }) => {
    await withSpeech(page);
    await page.goto(`/${SLUG}`);
    await listenTo(page, "the whole briefing").click();
    const spoken = words(await listenThrough(page));
    expect(spoken.startsWith(words([briefing.title, briefing.dek]))).toBe(true);
    let from = 0;
    for (const { heading } of briefing.sections) {
      from = spoken.indexOf(heading, from);
      expect(from, heading).toBeGreaterThan(-1);
    }
    for (const q of briefing.sections.find((s) => s.layout === "quotes")!.items)
      expect(spoken).toContain(words([`“${displayQuote(q.quote)}”`, q.speaker]));
    for (const unread of ["Source:", "Listen", "Background", "A person a leader"])
      expect(spoken).not.toContain(unread);
    // A date range is read with its dash as "to" (voices drop the dash).
    expect(briefing.sections.some((s) => JSON.stringify(s).includes("24–26 October"))).toBe(true);
    expect(spoken).toContain("24 to 26 October");
  });

  test("pause, resume and stop; keyboard and screen reader can do each", async ({ page }) => {
    await withSpeech(page);
    await page.goto(`/${SLUG}`);
    const [listen, first] = [listenTo(page, "“Why it matters”"), "Why it matters"];
    await listen.click();
    await expect.poll(() => speaking(page)).toBe(first);
    const pause = page.getByRole("button", { name: "Pause" });
    await expect(pause).toBeFocused();
    await expect.poll(() => highlight(page).then((h) => h?.text)).toBe(first);
    await page.keyboard.press("Enter");
    await expect(pause).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("status")).toHaveText("Paused");
    expect(await speaking(page)).toBeNull();
    const count = (await said(page)).length;
    await pause.click();
    await expect(pause).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByRole("status")).toHaveText("Reading…");
    expect((await said(page)).slice(count)).toEqual([first]); // the sentence again, nothing skipped
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.getByRole("status")).toHaveText("Stopped");
    expect(await speaking(page)).toBeNull();
    expect(await highlight(page)).toBeNull();
    await expect(listen).toBeFocused();
    await end(page);
    expect((await said(page)).length).toBe(count + 1);
    await expect(page.getByRole("region", { name: "Read aloud" })).toBeHidden({ timeout: 6000 });
  });

  test("Escape stops; with a glossary card open it closes the card first", async ({ page }) => {
    await withSpeech(page);
    await page.goto(`/${SLUG}`);
    await listenTo(page, "“Key points”").click();
    await expect.poll(() => speaking(page)).toBe("Key points");
    await page.locator(`section#${briefing.sections[0]!.id} summary`).first().click();
    await page.locator(`section#${briefing.sections[0]!.id} button.term`).first().click();
    await expect(page.locator(".term-card:popover-open")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.locator(".term-card:popover-open")).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText("Reading…");
    expect(await speaking(page)).toBe("Key points");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("status")).toHaveText("Stopped");
    expect(await speaking(page)).toBeNull();
  });

  test("the speed is used at once and remembered after a reload", async ({ page }) => {
    await withSpeech(page);
    await page.goto(`/${SLUG}`);
    const listen = listenTo(page, "“Timeline”");
    await listen.click();
    const speed = page.getByRole("combobox", { name: "Speed" });
    await expect(speed).toHaveValue("1");
    await speed.selectOption("1.25");
    const log = await page.evaluate(() => window.__speech.log);
    expect(log.at(-1)).toMatchObject({ text: log.at(-2)!.text, rate: 1.25 });
    await page.reload();
    await listen.click();
    await expect(speed).toHaveValue("1.25");
    await expect.poll(() => speaking(page)).toBe("Timeline");
    expect((await page.evaluate(() => window.__speech.log)).at(-1)!.rate).toBe(1.25);
  });

  test("a quiz question: the prompt, then each option as shown", async ({ page }) => {
    await withSpeech(page);
    await page.goto(`/${SLUG}/quiz`);
    for (const [i, q] of quiz.questions.slice(0, 2).entries()) {
      const before = (await said(page)).length;
      await listenTo(page, `question ${i + 1}`).click();
      const options = await page.locator(`#q-${q.id} .quiz-choice`).allTextContents();
      await listenThrough(page);
      // The prompt is read a sentence at a time, as any text is.
      const prompt = splitUtterances(q.prompt).map(({ start, end }) => q.prompt.slice(start, end));
      expect((await said(page)).slice(before)).toEqual([...prompt, ...options]);
      await answer(page, q, true);
      await page.getByRole("button", { name: "Next" }).click();
    }
  });

  test("the result: prompt, answers, why not, explanation", PHONE_ONLY, async ({ page }) => {
    await withSpeech(page);
    await page.goto(`/${SLUG}/quiz`);
    const wrong = quiz.questions[0]!;
    await takeQuizOneByOne(page, quiz.questions, new Set([wrong.id]));
    await listenTo(page, "question 1").click();
    await expect.poll(() => speaking(page)).toBe(wrong.prompt);
    const spoken = words(await listenThrough(page));
    const whyNot = page.locator(`#q-${wrong.id} [data-testid=why-not] [data-read]`);
    expect(spoken).toContain(words(await whyNot.allTextContents()));
    expect(spoken).toContain("Your answer");
    expect(spoken).not.toContain("Show me where");
  });

  test("a Spanish page is read by a Spanish voice, its bar in Spanish", async ({ page }) => {
    await withSpeech(page, { voices: ["en-US", "es-MX"] });
    await page.goto(`/es/${SLUG}`);
    await page.getByRole("button", { name: /^Escuchar todo el resumen/ }).click();
    await expect(page.getByRole("status")).toHaveText("Leyendo…");
    await expect(page.getByRole("region", { name: "Lectura en voz alta" })).toBeVisible();
    await expect.poll(() => speaking(page)).toBeTruthy();
    await end(page);
    const log = await page.evaluate(() => window.__speech.log.filter((s) => s.text));
    expect(log.length).toBeGreaterThan(0);
    for (const s of log) expect(s).toMatchObject({ lang: "es", voice: "Stand-in es-MX" });
    await page.getByRole("button", { name: "Detener" }).click();
  });

  test("no control without a voice for the page's language", async ({ page }) => {
    await withSpeech(page, { voices: ["en-GB", "de-DE"], late: true });
    await page.goto(`/${SLUG}`);
    await expect(page.locator(".listen-button").first()).toBeAttached();
    await page.waitForLoadState("networkidle");
    await expect(listenButtons(page)).toHaveCount(0);
    await page.evaluate(() => window.__speech.addVoices());
    await expect(listenButtons(page)).toHaveCount(briefing.sections.length + 1);
    for (const options of [{ voices: ["de-DE"] }, { missing: true }]) {
      await withSpeech(page, options);
      await page.goto(`/${SLUG}/quiz`);
      await page.waitForLoadState("networkidle");
      await expect(page.getByText(`1 of ${quiz.questions.length}`)).toBeVisible();
      await expect(listenButtons(page)).toHaveCount(0);
    }
  });

  test("loaded on first intent; accessible in light and dark; fits 320 px", async ({ page }) => {
    await withSpeech(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/${SLUG}`);
    await page.waitForLoadState("networkidle");
    const files = () => page.evaluate(() => performance.getEntriesByType("resource").length);
    const before = await files(); // nothing of the engine yet: focus fetches it
    await listenTo(page, "“Who's who”").focus();
    await expect.poll(files).toBeGreaterThan(before);
    await listenTo(page, "“Who's who”").click();
    await page.getByRole("button", { name: "Pause" }).click();
    await expectNoHorizontalScroll(page);
    const targets = page.locator(".listen-button:visible, .listen-bar button, .listen-bar select");
    for (const box of await targets.evaluateAll((els) => els.map((e) => e.getBoundingClientRect())))
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
  });
});

test.describe("Listen without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is not there at all", async ({ page }) => {
    for (const path of [`/${SLUG}`, `/${SLUG}/quiz`]) {
      await page.goto(path);
      await expect(page.locator(".listen-button").first()).toBeAttached();
      await expect(listenButtons(page)).toHaveCount(0);
    }
  });
});
