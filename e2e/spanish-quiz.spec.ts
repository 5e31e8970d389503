import { devices, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers";
import { expectNoEnglish } from "./spanish-words";
import { answer, quiz, SLUG } from "./quiz-helpers";
import { es } from "../lib/i18n/es";
import type { Quiz } from "../lib/quiz/quiz-schema";

// The Spanish quiz (/es/<slug>/quiz): the English quiz's questions, ids and keys in Spanish
// words, posted to the same action and scored by the same code; its result page explains
// every wrong answer in Spanish and links to the fact in the Spanish briefing.
const spanishQuiz = JSON.parse(
  readFileSync(`content/briefings/${SLUG}/es/quiz.json`, "utf8"),
) as Quiz;
const t = es.quiz;

/** Two wrong answers: a choice whose reason cites a fact, and a true/false statement. */
const WRONG = new Set(
  [
    spanishQuiz.questions.find((q) => q.type === "single")!.id,
    spanishQuiz.questions.find((q) => q.type === "true-false")!.id,
  ].filter(Boolean),
);

async function answerAll(page: Page) {
  for (const q of spanishQuiz.questions) await answer(page, q, !WRONG.has(q.id), "es");
}

test("the Spanish quiz is the English quiz: same questions, same ids, same order", () => {
  const shape = (x: Quiz) => x.questions.map((q) => [q.id, q.type, JSON.stringify(q.answer)]);
  expect(shape(spanishQuiz)).toEqual(shape(quiz));
});

test("without JavaScript: answer in Spanish, then a Spanish result with why-not and «Muéstrame dónde»", async ({
  browser,
}, { project }) => {
  const device = devices[project.name === "mobile" ? "Pixel 7" : "Desktop Chrome"];
  const context = await browser.newContext({ ...device, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/es/${SLUG}/quiz`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(spanishQuiz.title);
  await answerAll(page);
  await page.getByRole("button", { name: t.form.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/es/${SLUG}/quiz/result/[0-9a-f-]{36}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const total = quiz.questions.length;
  await expect(page.getByRole("status")).toContainText(`${t.of} ${total}`);
  await expect(page.getByRole("status")).toContainText(t.summary(total - WRONG.size, WRONG.size));
  const whyNot = page.getByTestId("why-not");
  await expect(whyNot).toHaveCount(WRONG.size);
  await expect(whyNot.first()).toContainText("Por qué no «");
  const showMe = whyNot.getByRole("link", { name: new RegExp(t.showMeWhere) }).first();
  await expect(showMe).toHaveAttribute("href", new RegExp(`^/es/${SLUG}#`));
  await expect(page.getByText(t.form.hints.single)).toHaveCount(0);
  await expect(page.getByText(`${t.wrong}`, { exact: true }).first()).toBeVisible();
  await expectNoEnglish(page, "result");
  // The retry offers the missed ones, in Spanish.
  await page.getByRole("link", { name: t.retryMissed(WRONG.size) }).click();
  await expect(page).toHaveURL(new RegExp(`/es/${SLUG}/quiz/retry/`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.retryHeading);
  await expect(page.locator("fieldset[id^='q-']")).toHaveCount(WRONG.size);
  await expectNoEnglish(page, "retry");
  // Show me where opens the Spanish briefing at the fact.
  await page.goBack();
  await showMe.click();
  await expect(page).toHaveURL(new RegExp(`/es/${SLUG}#`));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await context.close();
});

test("with JavaScript: one question a screen, Spanish progress and a Spanish message for a missing answer", async ({
  page,
}, { project }) => {
  // The narrowest phone we support on the phone project; desktop as it is.
  if (project.name === "mobile") await page.setViewportSize({ width: 320, height: 720 });
  await page.goto(`/es/${SLUG}/quiz`);
  const n = spanishQuiz.questions.length;
  await expect(page.getByText(`1 ${t.of} ${n}`, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: t.form.next }).click();
  await expect(page.getByText("Elige una respuesta.")).toBeVisible();
  await expectNoEnglish(page, "quiz with a message");
  for (const [i, q] of spanishQuiz.questions.entries()) {
    await expect(page.getByText(`${i + 1} ${t.of} ${n}`, { exact: true })).toBeVisible();
    await answer(page, q, true, "es");
    if (i < n - 1) await page.getByRole("button", { name: t.form.next }).click();
  }
  await page.getByRole("button", { name: t.form.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/es/${SLUG}/quiz/result/[0-9a-f-]{36}$`));
  await expect(page.getByRole("status")).toContainText(`${n} ${t.of} ${n}`);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page);
  }
});
