import { devices, type Browser } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { uniqueUser } from "./auth-helpers";
import { expectNoAxeViolations } from "./helpers";
import { answer, briefing, quiz, SLUG, takeQuizOneByOne } from "./quiz-helpers";
import { expectNoEnglish } from "./spanish-words";
import { es } from "../lib/i18n/es";
import type { Quiz } from "../lib/quiz/quiz-schema";

// A class that starts in Spanish: the teacher (English pages) picks it; a student without
// JavaScript joins, reads and answers in Spanish and gets a Spanish result with its reasons;
// another answers in English; the dashboard and CSV count both, each marked with its language.
// Students are Pixel 7 contexts of their own, so this runs in the desktop project only.
const spanishQuiz = JSON.parse(
  readFileSync(`content/briefings/${SLUG}/es/quiz.json`, "utf8"),
) as Quiz;
const spanishTitle = JSON.parse(readFileSync(`content/briefings/${SLUG}/es/briefing.json`, "utf8"))
  .title as string;
const total = quiz.questions.length;
const t = es;

async function student(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ ...devices["Pixel 7"], javaScriptEnabled });
  return { context, page: await context.newPage() };
}

test("a class that starts in Spanish: joined and answered in Spanish without JavaScript, counted beside English", async ({
  page: teacher,
  browser,
}) => {
  test.setTimeout(180_000);
  await teacher.goto("/teach");
  await teacher.getByLabel("Your name or a nickname").fill(`Sra ${uniqueUser("t")}`);
  await teacher.getByRole("button", { name: "Continue", exact: true }).click();
  await teacher.waitForURL(/\/teach$/);
  await teacher.getByLabel("Class title").fill("8A — español");
  await teacher.getByRole("radio", { name: briefing.title }).check();
  await teacher.getByRole("radio", { name: /^Spanish/ }).check();
  await teacher.getByRole("button", { name: "Create class link" }).click();
  await teacher.waitForURL(/\/teach\/[A-Z2-9]{6}$/);
  const code = teacher.url().split("/").pop()!;
  await expect(teacher.getByText("students start in Spanish")).toBeVisible();
  const link = (await teacher.getByTestId("class-link").textContent())!;
  expect(link).toMatch(new RegExp(`/es/c/${code}$`));

  // The old plain link opens in the class's language too, for a student who chose none.
  const lucia = await student(browser, false);
  await lucia.page.goto(`/c/${code}`);
  await expect(lucia.page).toHaveURL(new RegExp(`/es/c/${code}$`));
  await expect(lucia.page.locator("html")).toHaveAttribute("lang", "es");
  await expectNoEnglish(lucia.page, "join");
  // A bad nickname is refused in Spanish, by the server (no JavaScript).
  await lucia.page.getByRole("button", { name: t.klass.form.join }).click();
  await expect(lucia.page.getByText("Elige un apodo.")).toBeVisible();
  await lucia.page.getByLabel(t.klass.form.nickname).fill("Lucía");
  await lucia.page.getByRole("button", { name: t.klass.form.join }).click();
  await expect(lucia.page.getByTestId("class-banner")).toContainText("eres Lucía");
  await expect(lucia.page.getByRole("heading", { level: 1 })).toHaveText(spanishTitle);
  await expectNoEnglish(lucia.page, "class briefing");
  await lucia.page.getByRole("link", { name: t.briefing.takeQuiz }).click();
  await expect(lucia.page).toHaveURL(new RegExp(`/es/c/${code}/quiz$`));
  await expectNoEnglish(lucia.page, "class quiz");
  const wrong = spanishQuiz.questions.find((q) => q.type === "single")!;
  for (const q of spanishQuiz.questions) await answer(lucia.page, q, q.id !== wrong.id, "es");
  await lucia.page.getByRole("button", { name: t.quiz.form.submit }).click();
  await expect(lucia.page).toHaveURL(new RegExp(`/es/${SLUG}/quiz/result/[0-9a-f-]{36}$`));
  await expect(lucia.page.getByTestId("class-result")).toContainText(t.quiz.forClass);
  await expect(lucia.page.getByTestId("why-not")).toHaveCount(1);
  await expect(lucia.page.getByTestId("why-not")).toContainText("Por qué no «");
  await expect(lucia.page.getByRole("link", { name: /Muéstrame dónde/ }).first()).toHaveAttribute(
    "href",
    new RegExp(`^/es/${SLUG}#`),
  );
  await expectNoEnglish(lucia.page, "class result");

  // Another student switches to English (a plain link, remembered) and answers there.
  const ben = await student(browser);
  await ben.page.goto(link);
  await ben.page.getByLabel(t.klass.form.nickname).fill("Ben");
  await ben.page.getByRole("button", { name: t.klass.form.join }).click();
  await expect(ben.page.getByTestId("class-banner")).toContainText("eres Ben");
  await expectNoAxeViolations(ben.page);
  await ben.page
    .getByRole("navigation", { name: t.briefing.languageNav })
    .getByRole("link", { name: "English" })
    .click();
  await expect(ben.page).toHaveURL(new RegExp(`/c/${code}$`));
  await expect(ben.page.locator("html")).toHaveAttribute("lang", "en");
  await expect(ben.page.getByTestId("class-banner")).toContainText("you are Ben");
  await expectNoAxeViolations(ben.page);
  await ben.page.goto(`/c/${code}/quiz`);
  await takeQuizOneByOne(ben.page, quiz.questions);

  // The teacher sees both attempts, each with its language; the CSV says the same.
  await teacher.reload();
  const rows = teacher.getByTestId("roster").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Lucía" })).toContainText(`${total - 1}/${total}`);
  await expect(rows.filter({ hasText: "Lucía" }).getByTestId("attempt-language")).toHaveText(
    "Spanish",
  );
  await expect(rows.filter({ hasText: "Ben" }).getByTestId("attempt-language")).toHaveText(
    "English",
  );
  const csv = await (await teacher.request.get(`/teach/${code}/results.csv`)).text();
  const [header, ...lines] = csv.trim().split("\r\n");
  expect(header).toContain('"Latest language"');
  expect(lines.find((l) => l.startsWith('"Lucía"'))).toContain('"Spanish"');
  expect(lines.find((l) => l.startsWith('"Ben"'))).toContain('"English"');
  for (const s of [lucia, ben]) await s.context.close();
});
