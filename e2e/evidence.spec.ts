import type { Page } from "@playwright/test";
import type { Question } from "../lib/quiz/question-types/type-registry";
import { expect, test } from "./fixtures";
import { SLUG, answer, quiz, submitAndWaitForResult, takeQuizOneByOne } from "./quiz-helpers";

// The `evidence` type end to end: a claim, sentences quoted from the source, scored, and
// explained; with JavaScript (one question a screen) and without (one form).
type Evidence = Extract<Question, { type: "evidence" }>;
const evidence = quiz.questions.filter((q): q is Evidence => q.type === "evidence");
const [first, second] = evidence as [Evidence, Evidence];

async function expectClaimAndSentences(page: Page, q: Evidence) {
  const box = page.locator(`#q-${q.id}`);
  await expect(box).toContainText(q.claim);
  for (const o of q.options) await expect(box.getByRole("radio", { name: o.text })).toHaveCount(1);
}

async function expectResult(page: Page) {
  // The first right, the second wrong: scored, with the proof and why the pick is not it.
  await expect(page.locator(`#q-${first.id} .verdict-right`)).toHaveCount(1);
  const wrong = page.locator(`#q-${second.id}`);
  await expect(wrong.locator(".verdict-wrong")).toHaveCount(1);
  await expect(wrong).toContainText(second.claim);
  const picked = second.options.find((o) => o.id !== second.answer)!;
  await expect(wrong.getByTestId("why-not")).toContainText(`Why not “${picked.text}”`);
}

test("there are at least two evidence questions", () => {
  expect(evidence.length).toBeGreaterThanOrEqual(2);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an evidence question shows its claim and the sentences, and is scored", async ({
    page,
  }) => {
    await page.goto(`/${SLUG}/quiz`);
    for (const q of evidence) await expectClaimAndSentences(page, q);
    for (const q of quiz.questions) await answer(page, q, q.id !== second.id);
    await submitAndWaitForResult(page);
    await expectResult(page);
  });
});

test("with JavaScript, the same on its own screen", async ({ page }) => {
  await page.goto(`/${SLUG}/quiz`);
  await takeQuizOneByOne(page, quiz.questions, new Set([second.id]), { submit: false });
  await expectClaimAndSentences(page, second);
  await submitAndWaitForResult(page);
  await expectResult(page);
});
