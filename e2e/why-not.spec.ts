import type { Page } from "@playwright/test";
import { typeOf, type Question } from "../lib/quiz/question-types/type-registry";
import { expect, PHONE_ONLY, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers";
import {
  SLUG,
  answer,
  briefing,
  quiz,
  submitAndWaitForResult,
  takeQuizOneByOne,
} from "./quiz-helpers";
import { wrongResponse } from "../test/support/quiz-responses";

const wrongPicks = (q: Question) => typeOf(q).wrongPicks(q, wrongResponse(q));

// Every question answered wrong in every part, at 360 px: each wrong piece of each answer gets
// a "Why not “…”" line with its reason, and "Show me where" or "Not in the report".
async function expectWhyNotForEveryWrongPiece(page: Page) {
  for (const q of quiz.questions) {
    const box = page.locator(`#q-${q.id}`);
    const picks = wrongPicks(q);
    expect(picks.length, q.id).toBeGreaterThan(0);
    const lines = box.getByTestId("why-not");
    await expect(lines, q.id).toHaveCount(picks.length);
    for (const [i, pick] of picks.entries()) {
      const line = lines.nth(i);
      await expect(line).toContainText(`Why not “${pick.yours}”`);
      await expect(line).toContainText(pick.reason.text);
      if ("facts" in pick.reason) {
        const fact = briefing.facts.find(
          (f) => f.id === (pick.reason as { facts: string[] }).facts[0],
        )!;
        await expect(line.getByRole("link", { name: /Show me where/ })).toHaveAttribute(
          "href",
          `/${SLUG}#fact-${fact.id}`,
        );
        await expect(line).toContainText(fact.attribution);
      } else {
        await expect(line).toContainText("Not in the report");
      }
    }
  }
}

test.describe("“Why not” feedback at 360 px", PHONE_ONLY, () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a submission with every answer wrong explains each wrong piece", async ({ page }) => {
      await page.goto(`/${SLUG}/quiz`);
      for (const q of quiz.questions) await answer(page, q, false);
      await submitAndWaitForResult(page);
      await expect(page.getByRole("status")).toContainText(`0 of ${quiz.questions.length}`);
      await expectWhyNotForEveryWrongPiece(page);
    });
  });

  test("with JavaScript, the same lines, and the page stays accessible", async ({ page }) => {
    await page.goto(`/${SLUG}/quiz`);
    await takeQuizOneByOne(page, quiz.questions, new Set(quiz.questions.map((q) => q.id)));
    await expectWhyNotForEveryWrongPiece(page);
    // "Show me where" from a reason lands on the fact it cites.
    const first = quiz.questions[0]!;
    const cited = wrongPicks(first).find((p) => "facts" in p.reason);
    if (cited && "facts" in cited.reason) {
      await page.locator(`#q-${first.id}`).getByTestId("why-not").getByRole("link").first().click();
      await expect(page).toHaveURL(new RegExp(`/${SLUG}#fact-${cited.reason.facts[0]}$`));
      await page.goBack();
    }
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
  });
});
