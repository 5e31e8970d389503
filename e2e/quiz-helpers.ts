import { expect, type Page } from "@playwright/test";
import type { Question } from "../lib/quiz/question-types/type-registry";
import { listsOf, rightResponse, wrongResponse } from "../test/support/quiz-responses";
import { real, realQuiz } from "./stories";
import { trueFalseWord } from "../lib/quiz/question-types/type-words";
import type { Lang } from "../lib/i18n/lang";

/** The briefing the whole suite runs on (e2e/stories.ts), and its quiz with keys. */
export const SLUG = real.slug;
export const briefing = real;
export const quiz = realQuiz;

/**
 * Fills one question in the page, right or deliberately wrong, the way a reader would.
 * `lang`: the page's words for true and false (the rest are the question's own).
 */
export async function answer(page: Page, q: Question, right: boolean, lang: Lang = "en") {
  const box = page.locator(`#q-${q.id}`);
  const response = right ? rightResponse(q) : wrongResponse(q);
  const { options = [], items, prompts = [] } = listsOf(q);
  const text = (choices: { id: string; text: string }[], id: string) =>
    choices.find((c) => c.id === id)!.text;
  if (typeof response === "boolean") {
    await box.getByRole("radio", { name: trueFalseWord(response, lang), exact: true }).check();
  } else if (typeof response === "string") {
    await box.getByRole("radio", { name: text(options, response), exact: true }).check();
  } else if (Array.isArray(response) && items) {
    for (const [i, id] of response.entries())
      await box.getByLabel(text(items, id), { exact: true }).selectOption(String(i + 1));
  } else if (Array.isArray(response)) {
    for (const id of response)
      await box.getByRole("checkbox", { name: text(options, id), exact: true }).check();
  } else {
    for (const [line, option] of Object.entries(response))
      await box
        .getByLabel(text(prompts, line), { exact: true })
        .selectOption({ label: text(options, option) });
  }
}

/** With JavaScript: answers each question on its own screen, then submits. */
export async function takeQuizOneByOne(
  page: Page,
  questions: Question[],
  wrong = new Set<string>(),
  { submit = true, slug = SLUG } = {},
) {
  for (const [i, q] of questions.entries()) {
    await expect(page.getByText(`${i + 1} of ${questions.length}`, { exact: true })).toBeVisible();
    await answer(page, q, !wrong.has(q.id));
    if (i < questions.length - 1) await page.getByRole("button", { name: "Next" }).click();
  }
  if (submit) await submitAndWaitForResult(page, slug);
}

export async function submitAndWaitForResult(page: Page, slug = SLUG) {
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/quiz/result/[0-9a-f-]{36}$`));
}
