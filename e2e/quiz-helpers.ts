import { expect, type Page } from "@playwright/test";
import { loadBriefing, parseQuizOf } from "../lib/content/load-briefings";
import type { Question } from "../lib/content/quiz-schema";
import type { Response } from "../lib/quiz/score";

export const SLUG = "us-28-point-plan";
export const briefing = loadBriefing(SLUG)!;
export const quiz = parseQuizOf(briefing).quiz!;

/** The key as a response: what a reader who gets it right sends. */
export function rightResponse(q: Question): Response {
  return q.answer;
}

/**
 * A deliberately wrong response that gets every part wrong: the first wrong option, the
 * other value, every wrong box ticked and no right one, the events reversed, every line
 * matched to the first option that is not its key.
 */
export function wrongResponse(q: Question): Response {
  switch (q.type) {
    case "single":
      return q.options.find((o) => o.id !== q.answer)!.id;
    case "true-false":
      return !q.answer;
    case "multi":
      return q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.id);
    case "order":
      return [...q.answer].reverse();
    case "match":
      return Object.fromEntries(
        q.prompts.map((p) => [p.id, q.options.find((o) => o.id !== q.answer[p.id])!.id]),
      );
  }
}

/** Fills one question in the page, right or deliberately wrong, the way a reader would. */
export async function answer(page: Page, q: Question, right: boolean) {
  const box = page.locator(`#q-${q.id}`);
  const response = right ? rightResponse(q) : wrongResponse(q);
  const text = (choices: { id: string; text: string }[], id: string) =>
    choices.find((c) => c.id === id)!.text;
  switch (q.type) {
    case "single":
      await box
        .getByRole("radio", { name: text(q.options, response as string), exact: true })
        .check();
      break;
    case "true-false":
      await box.getByRole("radio", { name: response ? "True" : "False", exact: true }).check();
      break;
    case "multi":
      for (const id of response as string[])
        await box.getByRole("checkbox", { name: text(q.options, id), exact: true }).check();
      break;
    case "order":
      for (const [i, id] of (response as string[]).entries())
        await box.getByLabel(text(q.items, id), { exact: true }).selectOption(String(i + 1));
      break;
    case "match":
      for (const [prompt, option] of Object.entries(response as Record<string, string>))
        await box
          .getByLabel(text(q.prompts, prompt), { exact: true })
          .selectOption({ label: text(q.options, option) });
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
