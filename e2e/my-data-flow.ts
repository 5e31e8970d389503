import { readFile } from "node:fs/promises";
import { devices, type Browser, type Page } from "@playwright/test";
import { expect } from "./fixtures";
import { uniqueUser } from "./auth-helpers";
import { answer, briefing, quiz } from "./quiz-helpers";

/**
 * A teacher signs in ("Continue as") at `base` and makes a class for a briefing (the suite's,
 * unless another title is given); returns its code.
 */
export async function teacherMakesClass(
  teacher: Page,
  base: string,
  title: string,
  briefingTitle = briefing.title,
) {
  await teacher.goto(`${base}/teach`);
  await teacher.getByLabel("Your name or a nickname").fill(`Ms ${uniqueUser("t")}`);
  await teacher.getByRole("button", { name: "Continue", exact: true }).click();
  await teacher.waitForURL(/\/teach$/);
  await teacher.getByLabel("Class title").fill(title);
  await teacher.getByRole("radio", { name: briefingTitle }).check();
  await teacher.getByRole("button", { name: "Create class link" }).click();
  await teacher.waitForURL(/\/teach\/[A-Z2-9]{6}$/);
  return teacher.url().split("/").pop()!;
}

/** A phone (JavaScript on or off) that joins a class at `base` under `nickname`. */
export async function phoneJoins(
  browser: Browser,
  base: string,
  code: string,
  nickname: string,
  javaScriptEnabled = true,
) {
  const context = await browser.newContext({ ...devices["Pixel 7"], javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${base}/c/${code}`);
  await page.getByLabel("Your nickname").fill(nickname);
  await page.getByRole("button", { name: "Join the class" }).click();
  await expect(page.getByTestId("class-banner")).toContainText(`you are ${nickname}`);
  return { context, page };
}

/**
 * Issue 17's promise end to end, JavaScript off: a student in a class takes the quiz,
 * downloads what we hold (the attempt is in it), deletes it all; /me is empty and the
 * teacher's dashboard and CSV no longer list them. `teacherBase` and `studentBase` may be two
 * instances on one store.
 */
export async function studentTakesBackTheirData(
  browser: Browser,
  teacher: Page,
  { teacherBase, studentBase }: { teacherBase: string; studentBase: string },
) {
  const code = await teacherMakesClass(teacher, teacherBase, "Data class");
  const { context, page } = await phoneJoins(browser, studentBase, code, "Dana", false);
  await page.goto(`${studentBase}/c/${code}/quiz`);
  for (const q of quiz.questions) await answer(page, q, true);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/quiz\/result\/[0-9a-f-]{36}$/);
  const attemptId = page.url().split("/").pop()!;

  await teacher.goto(`${teacherBase}/teach/${code}`);
  await expect(teacher.getByTestId("roster").locator("tbody tr")).toHaveCount(1);

  // Download: a plain link, the whole record as JSON.
  await page.goto(`${studentBase}/me`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download my data (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^briefing-quiz-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.you.kind).toBe("anonymous");
  expect(data.attempts.map((a: { attemptId: string }) => a.attemptId)).toEqual([attemptId]);
  expect(data.attempts[0]).toMatchObject({ classCode: code, maxScore: quiz.questions.length });
  expect(data.classes).toEqual([
    expect.objectContaining({
      classCode: code,
      classTitle: "Data class",
      whatYourTeacherSees: expect.objectContaining({ nickname: "Dana", attemptsSent: 1 }),
    }),
  ]);

  // Delete: the tick is required (the browser's own check), then everything goes at once.
  await page.getByRole("button", { name: "Delete my data" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await page.getByLabel("Yes, delete everything").check();
  await page.getByRole("button", { name: "Delete my data" }).click();
  await expect(page.getByTestId("deleted")).toContainText(
    "Deleted: 1 quiz attempt and your place in 1 class",
  );
  await page.goto(`${studentBase}/me`);
  await expect(page.getByText("No quiz attempts yet.")).toBeVisible();
  const left = (await context.cookies()).map((c) => c.name);
  expect(left.filter((name) => /^bq_(anon|class_)/.test(name))).toEqual([]);

  // The teacher's view, from the other instance where there are two.
  await teacher.reload();
  await expect(teacher.getByText("Nobody has joined yet.")).toBeVisible();
  const csv = await (await teacher.request.get(`${teacherBase}/teach/${code}/results.csv`)).text();
  expect(csv.trim().split("\r\n")).toHaveLength(1);
  expect(csv).not.toContain("Dana");
  await context.close();
}
