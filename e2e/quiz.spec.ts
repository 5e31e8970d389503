import { expect, PHONE_ONLY, test } from "./fixtures";
import { peopleMentioned, questionTexts } from "../lib/content/people";
import { toPublicQuiz } from "../lib/quiz/public-quiz";
import { expectNoAxeViolations } from "./helpers";
import {
  SLUG,
  answer,
  briefing,
  quiz,
  submitAndWaitForResult,
  takeQuizOneByOne,
} from "./quiz-helpers";

const total = quiz.questions.length;
const types = new Set(quiz.questions.map((q) => q.type));

test("the quiz uses every question type", () => {
  expect([...types].sort()).toEqual([
    "evidence",
    "match",
    "multi",
    "order",
    "single",
    "true-false",
  ]);
});

test("the quiz names each person with their role before the first question", async ({ page }) => {
  await page.goto(`/${SLUG}/quiz`);
  const people = page.getByTestId("people-line");
  const named = peopleMentioned(briefing, toPublicQuiz(quiz).questions.flatMap(questionTexts));
  expect(named.length).toBeGreaterThan(0);
  for (const { name, role } of named) await expect(people).toContainText(`${name}, ${role}`);
  // Above the form, so a reader meets the roles before any prompt names anyone.
  const [line, form] = await Promise.all([
    people.boundingBox(),
    page.locator(`#q-${quiz.questions[0]!.id}`).boundingBox(),
  ]);
  expect(line!.y).toBeLessThan(form!.y);
});

test("take the whole quiz with JavaScript, see score and evidence, and retry what was missed", async ({
  page,
}) => {
  await page.goto(`/${SLUG}/quiz`);
  // "Answer this one": Next does not move on without an answer.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.locator(`#q-${quiz.questions[0]!.id}`).getByRole("alert")).toHaveText(
    "Choose an answer.",
  );
  await expect(page.getByText(`1 of ${total}`, { exact: true })).toBeVisible();

  const wrong = new Set(quiz.questions.filter((_, i) => i % 5 === 2).map((q) => q.id));
  await takeQuizOneByOne(page, quiz.questions, wrong);

  await expect(page.getByRole("status")).toContainText(`${total - wrong.size} of ${total}`);
  for (const q of quiz.questions)
    await expect(page.locator(`#q-${q.id}`)).toContainText(q.explanation);
  await expect(page.locator(".verdict-right")).toHaveCount(total - wrong.size);

  // "Show me where" lands on the highlighted fact in the briefing.
  const missed = quiz.questions.find((q) => wrong.has(q.id))!;
  await page
    .locator(`#q-${missed.id}`)
    .getByTestId("question-evidence")
    .getByRole("link", { name: /Show me where/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/${SLUG}#fact-${missed.facts[0]}$`));
  const fact = page.locator(`#fact-${missed.facts[0]}`);
  await expect(fact).toBeInViewport();
  expect(
    await fact.evaluate((el) => el.matches(":target") && getComputedStyle(el).outlineStyle),
  ).toBe("solid");
  await expect(fact).toContainText(briefing.facts.find((f) => f.id === missed.facts[0])!.evidence);

  // Retry only the missed ones, get them right.
  await page.goBack();
  await page.getByRole("link", { name: `Retry the ${wrong.size} I missed` }).click();
  await expect(page.getByRole("heading", { name: "The ones you missed" })).toBeVisible();
  await takeQuizOneByOne(
    page,
    quiz.questions.filter((q) => wrong.has(q.id)),
  );
  await expect(page.getByRole("status")).toContainText(`${wrong.size} of ${wrong.size}`);
});

test("a reload mid-quiz keeps answers, position and option order", async ({ page }) => {
  await page.goto(`/${SLUG}/quiz`);
  const [first, second, third] = quiz.questions;
  await answer(page, first!, true);
  await page.getByRole("button", { name: "Next" }).click();
  await answer(page, second!, false);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(`3 of ${total}`, { exact: true })).toBeVisible();
  const orderBefore = await page
    .locator(`#q-${third!.id}`)
    .locator("label, option")
    .allTextContents();

  await page.reload();
  await expect(page.getByText(`3 of ${total}`, { exact: true })).toBeVisible();
  expect(await page.locator(`#q-${third!.id}`).locator("label, option").allTextContents()).toEqual(
    orderBefore,
  );
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  const firstKey =
    first!.type === "single" ? first!.options.find((o) => o.id === first!.answer)!.text : "";
  await expect(page.getByRole("radio", { name: firstKey, exact: true })).toBeChecked();
});

test("submitting the same attempt twice stores it once", PHONE_ONLY, async ({ page }) => {
  const DRAFT = `quiz-draft:${SLUG}:all`;
  await page.goto(`/${SLUG}/quiz`);
  await takeQuizOneByOne(page, quiz.questions, new Set(), { submit: false });
  // The response to the first submission is "lost": the reader still has the same draft.
  const draft = await page.evaluate((key) => localStorage.getItem(key), DRAFT);
  expect(draft).toContain('"attemptId"');
  await submitAndWaitForResult(page);
  const firstResult = page.url();
  expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT)).toBeNull();

  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFT, draft]);
  await page.goto(`/${SLUG}/quiz`);
  await expect(page.getByText(`${total} of ${total}`, { exact: true })).toBeVisible();
  await submitAndWaitForResult(page);
  expect(page.url()).toBe(firstResult);
  await page.goto("/me");
  await expect(page.getByTestId("progress")).toContainText("Attempts1");
});

test(
  "offline mid-quiz: answering goes on, submit keeps every answer, and it lands once when back online",
  PHONE_ONLY,
  async ({ page, context }) => {
    await page.goto(`/${SLUG}/quiz`);
    for (const [i, q] of quiz.questions.entries()) {
      // The signal drops halfway through: the rest is answered offline.
      if (i === Math.floor(total / 2)) await context.setOffline(true);
      await expect(page.getByText(`${i + 1} of ${total}`, { exact: true })).toBeVisible();
      await answer(page, q, true);
      if (i < total - 1) await page.getByRole("button", { name: "Next" }).click();
    }
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.locator(".quiz-error")).toContainText("Not sent yet");
    // Nobody presses anything: coming back online resends the same attempt by itself.
    await context.setOffline(false);
    await page.waitForURL(/\/quiz\/result\//);
    await expect(page.getByRole("status")).toContainText(`${total} of ${total}`);
    await page.goto("/me");
    await expect(page.getByTestId("progress")).toContainText("Attempts1");
  },
);

test(
  "/me shows the attempt after a reload and in a new browser context with the same cookie",
  PHONE_ONLY,
  async ({ page, browser }) => {
    await page.goto("/me");
    await expect(page.getByText("No quiz attempts yet.")).toBeVisible();
    await page.goto(`/${SLUG}/quiz`);
    await takeQuizOneByOne(page, quiz.questions, new Set([quiz.questions[1]!.id]));
    await page.goto("/me");
    await page.reload();
    const card = page.getByTestId("progress");
    await expect(card).toContainText(briefing.title);
    await expect(card).toContainText(`Attempts1`);
    await expect(card).toContainText(quiz.questions[1]!.prompt);

    const state = await page.context().storageState();
    const other = await browser.newContext({
      storageState: { cookies: state.cookies, origins: [] },
    });
    const otherPage = await other.newPage();
    await otherPage.goto("/me");
    await expect(otherPage.getByTestId("progress")).toContainText(quiz.questions[1]!.prompt);
    await other.close();

    // Someone without the cookie sees none of it, not even through the result URL.
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await strangerPage.goto("/me");
    await expect(strangerPage.getByText("No quiz attempts yet.")).toBeVisible();
    const resultUrl = await card.getByRole("link", { name: "Last result" }).getAttribute("href");
    expect((await strangerPage.goto(resultUrl!))?.status()).toBe(404);
    await stranger.close();
  },
);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole quiz is one form that submits and shows the result", async ({ page }) => {
    await page.goto(`/${SLUG}/quiz`);
    for (const q of quiz.questions) await expect(page.locator(`#q-${q.id}`)).toBeVisible();
    for (const q of quiz.questions) await answer(page, q, true);
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page).toHaveURL(new RegExp(`/${SLUG}/quiz/result/[0-9a-f-]{36}$`));
    await expect(page.getByRole("status")).toContainText(`${total} of ${total}`);
  });

  test("a missing answer comes back as a message beside it, with the other answers kept", async ({
    page,
  }) => {
    await page.goto(`/${SLUG}/quiz`);
    const multi = quiz.questions.find((q) => q.type === "multi")!;
    const single = quiz.questions.find((q) => q.type === "single")!;
    const order = quiz.questions.find((q) => q.type === "order")!;
    for (const q of quiz.questions) if (q.id !== multi.id) await answer(page, q, true);
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.locator(`#q-${multi.id}`).getByRole("alert")).toHaveText(
      "Choose at least one answer.",
    );
    await expect(page.locator(`#q-${single.id} input:checked`)).toHaveCount(1);
    await expect(page.locator(`#q-${order.id} select`).first()).not.toHaveValue("");
    await answer(page, multi, true);
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.getByRole("status")).toContainText(`${total} of ${total}`);
  });
});

// One pass through the quiz, each page checked in light and dark (taking the quiz twice
// cost half a minute a project).
test("axe: quiz, result and /me have no violations, light and dark", async ({ page }) => {
  const inBothSchemes = async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
  };
  await page.goto(`/${SLUG}/quiz`);
  await expect(page.getByText(`1 of ${total}`, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click(); // with an error showing
  await inBothSchemes();
  await takeQuizOneByOne(
    page,
    quiz.questions,
    new Set([quiz.questions[0]!.id, quiz.questions[3]!.id]),
  );
  await inBothSchemes();
  await page.goto("/me");
  await inBothSchemes();
});
