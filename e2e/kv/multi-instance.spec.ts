import type { APIRequestContext, Page } from "@playwright/test";
import type { FaultMode } from "../../test/kv/upstash-bridge";
import { expect, test } from "../fixtures";
import { BRIDGE_CONTROL_URL, KV_URLS } from "../ports";
import { studentTakesBackTheirData } from "../my-data-flow";
import { SLUG, quiz, takeQuizOneByOne } from "../quiz-helpers";

const [A, B] = KV_URLS as [string, string];
const total = quiz.questions.length;

// One file, one worker, in order: the fault test switches the shared bridge into failure.
test.describe.configure({ mode: "serial" });

test("an attempt taken on one instance is the reader's on the other (one Redis behind both)", async ({
  page,
}) => {
  const wrong = new Set([quiz.questions[0]!.id]);
  await page.goto(`${A}/${SLUG}/quiz`);
  await takeQuizOneByOne(page, quiz.questions, wrong);
  const result = new URL(page.url()).pathname;
  // Same cookie (cookies ignore the port), another process: only the shared store can answer.
  await page.goto(`${B}${result}`);
  await expect(page.getByRole("status")).toContainText(`${total - 1} of ${total}`);
  await page.goto(`${B}/me`);
  await expect(page.getByTestId("progress")).toContainText("Attempts1");
});

test("a student's data deleted on one instance is gone from the teacher's view on the other", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await studentTakesBackTheirData(browser, page, { teacherBase: A, studentBase: B });
});

test("with KV failing, submit says not saved yet; the attempt lands once when KV is back", async ({
  page,
  request,
}) => {
  await answerEverythingOnA(page);
  await duringFault(request, "error", async () => {
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.locator(".quiz-error")).toContainText("Not saved yet");
    // It keeps failing while KV does: one automatic resend (after 3 s) is refused as well.
    await page.waitForTimeout(4000);
    await expect(page.locator(".quiz-error")).toContainText("Not saved yet");
  });
  // Nobody presses anything: the next automatic resend lands.
  await expectLandedOnce(page);
});

test("with KV slow (5 s), submit says not saved yet within 3 s; late writes and resends make one attempt", async ({
  page,
  request,
}) => {
  await answerEverythingOnA(page);
  await duringFault(request, "slow", async () => {
    const start = Date.now();
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.locator(".quiz-error")).toContainText("Not saved yet", { timeout: 3000 });
    expect(Date.now() - start).toBeLessThan(3000);
    // The slow requests still reach Redis, seconds after the app gave up on them.
    await page.waitForTimeout(6000);
  });
  await expectLandedOnce(page);
});

/** The whole quiz answered right on instance A, not submitted yet. */
async function answerEverythingOnA(page: Page) {
  await page.goto(`${A}/${SLUG}/quiz`);
  await takeQuizOneByOne(page, quiz.questions, new Set(), { submit: false });
}

/** Runs `during` with the shared bridge misbehaving, and always puts it right afterwards. */
async function duringFault(
  request: APIRequestContext,
  mode: FaultMode,
  during: () => Promise<void>,
) {
  await request.post(`${BRIDGE_CONTROL_URL}/fault?mode=${mode}`);
  try {
    await during();
  } finally {
    await request.post(`${BRIDGE_CONTROL_URL}/fault?mode=none`);
  }
}

/** The automatic resend reached the result, full marks, and instance B counts one attempt. */
async function expectLandedOnce(page: Page) {
  await page.waitForURL(/\/quiz\/result\//, { timeout: 20_000 });
  await expect(page.getByRole("status")).toContainText(`${total} of ${total}`);
  await page.goto(`${B}/me`);
  await expect(page.getByTestId("progress")).toContainText("Attempts1");
}
