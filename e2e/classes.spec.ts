import { devices, type Browser, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { continueAs, uniqueUser } from "./auth-helpers";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import { typeOf } from "../lib/quiz/question-types/type-registry";
import { wrongResponse } from "../test/support/quiz-responses";
import { answer, briefing, quiz, takeQuizOneByOne } from "./quiz-helpers";

// One class from creation to deletion: a teacher on a desktop, three students on phones (one
// with JavaScript off), another teacher trying to get in. Students are created explicitly
// as Pixel 7 contexts, so the spec runs once, in the desktop project (playwright.config.ts).
const total = quiz.questions.length;
const [q1, q2] = quiz.questions as [(typeof quiz.questions)[0], (typeof quiz.questions)[0]];
const explanation = quiz.questions[0]!.explanation;

async function student(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ ...devices["Pixel 7"], javaScriptEnabled });
  return { context, page: await context.newPage() };
}

async function join(page: Page, link: string, nickname: string) {
  await page.goto(link);
  await page.getByLabel("Your nickname").fill(nickname);
  await page.getByRole("button", { name: "Join the class" }).click();
  await expect(page.getByTestId("class-banner")).toContainText(`you are ${nickname}`);
}

test("a teacher makes a class link, three students join and submit, the dashboard and CSV add up", async ({
  page: teacher,
  browser,
}) => {
  test.setTimeout(240_000);
  // The teacher signs in and creates a class whose answers stay hidden until revealed.
  await teacher.goto("/teach");
  await expect(teacher).toHaveURL(/\/signin\?from=(%2F|\/)teach$/);
  const teacherName = `Ms ${uniqueUser("t")}`;
  await teacher.getByLabel("Your name or a nickname").fill(teacherName);
  await teacher.getByRole("button", { name: "Continue", exact: true }).click();
  await teacher.waitForURL(/\/teach$/);
  await teacher.getByRole("button", { name: "Create class link" }).click();
  await expect(teacher.locator("#title-error")).toHaveText("Give the class a title.");
  await teacher.getByLabel("Class title").fill("10B — Tuesday");
  // Named, never assumed to be the first: content decides the order.
  await teacher.getByRole("radio", { name: briefing.title }).check();
  await teacher.getByText("Only the score until I reveal the answers").click();
  await teacher.getByRole("button", { name: "Create class link" }).click();
  await teacher.waitForURL(/\/teach\/[A-Z2-9]{6}$/);
  const code = teacher.url().split("/").pop()!;
  const link = (await teacher.getByTestId("class-link").textContent())!;
  expect(link).toMatch(new RegExp(`/c/${code}$`));
  await expect(teacher.getByRole("img", { name: /QR code for/ })).toBeVisible();
  await expectNoAxeViolations(teacher);

  // Three students on phones; the third without JavaScript.
  const ana = await student(browser);
  const ben = await student(browser);
  const cam = await student(browser, false);
  await join(ana.page, link, "Ana");
  await expectNoAxeViolations(ana.page);
  await join(ben.page, link, "Ana"); // a taken nickname gets a visible suffix
  await expect(ben.page.getByTestId("class-banner")).toContainText("you are Ana (2)");
  await join(cam.page, link, "Cam");

  await ana.page.goto(`/c/${code}/quiz`);
  await takeQuizOneByOne(ana.page, quiz.questions);
  await ben.page.goto(`/c/${code}/quiz`);
  await takeQuizOneByOne(ben.page, quiz.questions, new Set([q1.id, q2.id]));
  await cam.page.goto(`/c/${code}/quiz`);
  for (const q of quiz.questions) await answer(cam.page, q, q.id !== q1.id);
  await cam.page.getByRole("button", { name: "Submit answers" }).click();
  await expect(cam.page).toHaveURL(/\/quiz\/result\//);

  // "After close": the score, and nothing that gives the answers away.
  await expect(ana.page.getByRole("status")).toContainText(`${total} of ${total}`);
  await expect(ana.page.getByTestId("class-result")).toContainText("Your teacher will show");
  await expect(ana.page.getByText(explanation)).toHaveCount(0);
  await expectNoAxeViolations(ana.page);

  // The dashboard: three rows, and per-question accuracy from what they answered.
  await teacher.reload();
  const rows = teacher.getByTestId("roster").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Ana (2)" })).toContainText(`${total - 2}/${total}`);
  await expect(rows.filter({ hasText: "Cam" })).toContainText(`${total - 1}/${total}`);
  const percentOf = (id: string) =>
    teacher.locator(`[data-question="${id}"]`).getByTestId("percent");
  await expect(percentOf(q1.id)).toHaveText("33%");
  await expect(percentOf(q2.id)).toHaveText("67%");
  await expect(percentOf(quiz.questions[5]!.id)).toHaveText("100%");
  // Every question has its line, whatever its type (evidence questions included).
  for (const q of quiz.questions) await expect(percentOf(q.id)).toHaveCount(1);
  await expect(teacher.locator(`[data-question="${q1.id}"]`)).toContainText(
    "most chosen wrong answer",
  );
  // …with the reason it is wrong, to reteach from; the students have not seen it yet.
  const reason = typeOf(q1).wrongPicks(q1, wrongResponse(q1))[0]!.reason.text;
  await expect(teacher.locator(`[data-question="${q1.id}"]`).getByTestId("why-not")).toContainText(
    reason,
  );
  await expect(cam.page.getByText(reason)).toHaveCount(0);
  await expectNoAxeViolations(teacher);
  await expectNoHorizontalScroll(teacher);

  // The CSV says the same.
  const csv = await (await teacher.request.get(`/teach/${code}/results.csv`)).text();
  const lines = csv.trim().split("\r\n");
  // A column per question, of every type (evidence included).
  quiz.questions.forEach((q, i) => expect(lines[0]).toContain(`"Q${i + 1} ${q.id}"`));
  expect(lines).toHaveLength(4);
  expect(lines[1]).toMatch(new RegExp(`^"Ana","[^"]+","[^"]+","${total}","${total}","100"`));
  expect(lines[2]).toMatch(new RegExp(`^"Ana \\(2\\)",.*,"${total - 2}","${total}"`));
  expect(lines[3]).toMatch(new RegExp(`^"Cam",.*,"${total - 1}","${total}"`));

  // Reveal: now the students see answers and explanations.
  await teacher.getByRole("button", { name: "Reveal answers" }).click();
  await expect(teacher.getByRole("button", { name: "Hide answers again" })).toBeVisible();
  await ana.page.reload();
  await expect(ana.page.getByText(explanation)).toBeVisible();

  // Closing stops new submissions with a clear message; answers stay on the phone.
  await teacher.getByRole("button", { name: "Close the class" }).click();
  await expect(teacher.getByTestId("class-status")).toHaveText("Closed");
  await ben.page.goto(`/c/${code}/quiz`);
  await takeQuizOneByOne(ben.page, quiz.questions, new Set(), { submit: false });
  await ben.page.getByRole("button", { name: "Submit answers" }).click();
  await expect(ben.page.locator(".quiz-error").last()).toContainText("This class is closed");
  const late = await student(browser);
  // A newcomer to a closed class: the same friendly 404 as for a code that never existed.
  expect((await late.page.goto(link))?.status()).toBe(404);
  await expect(late.page.getByRole("heading", { name: "We can’t find that class" })).toBeVisible();
  await teacher.reload();
  await expect(teacher.getByTestId("roster").locator("tbody tr")).toHaveCount(3);

  // Another teacher: 404 for the dashboard, its print view, the CSV and every class action.
  const actionId = await teacher
    .locator('form:has(input[name="op"][value="reopen"]) input[name^="$ACTION_ID_"]')
    .getAttribute("name");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await continueAs(otherPage, `Mr ${uniqueUser("o")}`);
  for (const path of [`/teach/${code}`, `/teach/${code}/print`, `/teach/${code}/results.csv`]) {
    expect((await otherPage.request.get(path)).status(), path).toBe(404);
  }
  // Posted as the browser posts a no-JS form (same origin), so only authorization can refuse.
  const post = (page: Page, op: string) =>
    page.request.post(`/teach/${code}`, {
      headers: { origin: new URL(teacher.url()).origin },
      multipart: { [actionId!]: "", code, op, confirm: "yes" },
      maxRedirects: 0,
    });
  for (const op of ["reopen", "close", "reveal", "hide", "delete"]) {
    expect((await post(otherPage, op)).status(), op).toBe(404);
  }
  await teacher.reload();
  await expect(teacher.getByTestId("class-status")).toHaveText("Closed");
  // The control: the same request from the owner works (and is undone).
  expect((await post(teacher, "reopen")).status()).toBe(303);
  await teacher.reload();
  await expect(teacher.getByTestId("class-status")).toHaveText("Open");
  await teacher.getByRole("button", { name: "Close the class" }).click();
  await expect(teacher.getByTestId("class-status")).toHaveText("Closed");
  await expect(teacher.getByTestId("roster").locator("tbody tr")).toHaveCount(3);

  // The owner deletes it: the link then says so plainly.
  await teacher.getByLabel("Yes, delete it and all results").check();
  await teacher.getByRole("button", { name: "Delete class" }).click();
  await teacher.waitForURL(/\/teach$/);
  expect((await late.page.goto(link))?.status()).toBe(404);
  await expect(late.page.getByRole("heading", { name: "We can’t find that class" })).toBeVisible();
  for (const s of [ana, ben, cam, late]) await s.context.close();
  await other.close();
});
