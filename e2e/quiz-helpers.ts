import { expect, type Page } from "@playwright/test";
import { loadBriefing, parseQuizOf } from "../lib/content/load-briefings";
import type { Question } from "../lib/content/quiz-schema";

export const SLUG = "us-28-point-plan";
export const briefing = loadBriefing(SLUG)!;
export const quiz = parseQuizOf(briefing).quiz!;

/** Fills one question in the page, right or deliberately wrong, the way a reader would. */
export async function answer(page: Page, q: Question, right: boolean) {
  const box = page.locator(`#q-${q.id}`);
  switch (q.type) {
    case "single": {
      const option = right
        ? q.options.find((o) => o.id === q.answer)!
        : q.options.find((o) => o.id !== q.answer)!;
      await box.getByRole("radio", { name: option.text, exact: true }).check();
      break;
    }
    case "true-false":
      await box
        .getByRole("radio", {
          name: (right ? q.answer : !q.answer) ? "True" : "False",
          exact: true,
        })
        .check();
      break;
    case "multi":
      for (const o of q.options) {
        const tick = right ? q.answer.includes(o.id) : !q.answer.includes(o.id);
        if (tick) await box.getByRole("checkbox", { name: o.text, exact: true }).check();
      }
      break;
    case "order": {
      const order = right ? q.answer : [...q.answer].reverse();
      for (const [i, id] of order.entries()) {
        const item = q.items.find((x) => x.id === id)!;
        await box.getByLabel(item.text, { exact: true }).selectOption(String(i + 1));
      }
      break;
    }
    case "match":
      for (const p of q.prompts) {
        const key = q.answer[p.id]!;
        const option = right
          ? q.options.find((o) => o.id === key)!
          : q.options.find((o) => o.id !== key)!;
        await box.getByLabel(p.text, { exact: true }).selectOption({ label: option.text });
      }
      break;
  }
}

/** With JavaScript: answers each question on its own screen, then submits. */
export async function takeQuizOneByOne(
  page: Page,
  questions: Question[],
  wrong = new Set<string>(),
  { submit = true } = {},
) {
  for (const [i, q] of questions.entries()) {
    await expect(page.getByText(`${i + 1} of ${questions.length}`, { exact: true })).toBeVisible();
    await answer(page, q, !wrong.has(q.id));
    if (i < questions.length - 1) await page.getByRole("button", { name: "Next" }).click();
  }
  if (submit) await submitAndWaitForResult(page);
}

export async function submitAndWaitForResult(page: Page) {
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(new RegExp(`/${SLUG}/quiz/result/[0-9a-f-]{36}$`));
}
