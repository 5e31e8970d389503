import { expect, test } from "./fixtures";
import { creditsOf } from "../lib/content/credits";
import { en } from "../lib/i18n/en";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import { phoneJoins, teacherMakesClass } from "./my-data-flow";
import { answer, takeQuizOneByOne } from "./quiz-helpers";
import { fixture, fixtureQuiz } from "./stories";

// A second story, fictional and never published (test/fixtures/briefings): one flow per role,
// so a briefing that is not the first one works end to end with no code of its own.
const slug = fixture.slug;
const total = fixtureQuiz.questions.length;

test("a reader: the briefing, who says so, the source behind a line, and the easier text", async ({
  page,
}) => {
  await page.goto(`/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture.title);
  await expect(page.getByRole("note")).toContainText(en.briefing.credits(creditsOf(fixture)));
  const marker = page
    .locator(`section#${fixture.sections[0]!.id} [data-testid=fact-marker]`)
    .first();
  await marker.locator("summary").click();
  const fact = fixture.facts.find((f) => f.id === fixture.sections[0]!.items[0]!.facts[0])!;
  await expect(marker.getByTestId("fact-evidence")).toContainText(fact.attribution);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await page.goto(`/${slug}/easy`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture.easy!.title);
});

test("a reader with JavaScript takes the quiz, every type, and sees every answer right", async ({
  page,
}) => {
  await page.goto(`/${slug}/quiz`);
  await takeQuizOneByOne(page, fixtureQuiz.questions, new Set(), { slug });
  await expect(page.getByRole("status")).toContainText(`${total} of ${total}`);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the quiz is one form; a wrong answer gets its reason and where the source says so", async ({
    page,
  }) => {
    const [first] = fixtureQuiz.questions;
    await page.goto(`/${slug}/quiz`);
    for (const q of fixtureQuiz.questions) await answer(page, q, q.id !== first!.id);
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page).toHaveURL(new RegExp(`/${slug}/quiz/result/[0-9a-f-]{36}$`));
    await expect(page.getByRole("status")).toContainText(`${total - 1} of ${total}`);
    await expect(page.getByText(/^Why not “/).first()).toBeVisible();
  });
});

test("a teacher makes a class for it, a student joins and answers, the dashboard shows it", async ({
  page: teacher,
  browser,
}) => {
  test.setTimeout(180_000);
  const code = await teacherMakesClass(teacher, "", "Civics — buses", fixture.title);
  const { context, page: student } = await phoneJoins(browser, "", code, "Dee");
  await expect(student.getByRole("heading", { level: 1 })).toHaveText(fixture.title);
  await student.goto(`/c/${code}/quiz`);
  await takeQuizOneByOne(student, fixtureQuiz.questions, new Set(), { slug });
  await expect(student.getByRole("status")).toContainText(`${total} of ${total}`);

  await teacher.reload();
  const row = teacher.getByTestId("roster").locator("tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Dee");
  await expect(row).toContainText(`${total}/${total}`);
  for (const q of fixtureQuiz.questions) {
    await expect(teacher.locator(`[data-question="${q.id}"]`).getByTestId("percent")).toHaveText(
      "100%",
    );
  }
  await context.close();
});
