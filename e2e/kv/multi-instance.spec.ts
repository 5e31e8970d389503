import { expect, test } from "../fixtures";
import { BRIDGE_CONTROL_URL, KV_URLS } from "../ports";
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

test("with KV failing, submit says not saved yet; the attempt lands once when KV is back", async ({
  page,
  request,
}) => {
  await page.goto(`${A}/${SLUG}/quiz`);
  await takeQuizOneByOne(page, quiz.questions, new Set(), { submit: false });
  await request.post(`${BRIDGE_CONTROL_URL}/fault?mode=error`);
  try {
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.locator(".quiz-error")).toContainText("Not saved yet");
    // It keeps failing while KV does: one automatic resend (after 3 s) is refused as well.
    await page.waitForTimeout(4000);
    await expect(page.locator(".quiz-error")).toContainText("Not saved yet");
  } finally {
    await request.post(`${BRIDGE_CONTROL_URL}/fault?mode=none`);
  }
  // Nobody presses anything: the next automatic resend lands.
  await page.waitForURL(/\/quiz\/result\//, { timeout: 20_000 });
  await expect(page.getByRole("status")).toContainText(`${total} of ${total}`);
  await page.goto(`${B}/me`);
  await expect(page.getByTestId("progress")).toContainText("Attempts1");
});

test("with KV slow (5 s), submit says not saved yet within 3 s; late writes and resends make one attempt", async ({
  page,
  request,
}) => {
  await page.goto(`${A}/${SLUG}/quiz`);
  await takeQuizOneByOne(page, quiz.questions, new Set(), { submit: false });
  await request.post(`${BRIDGE_CONTROL_URL}/fault?mode=slow`);
  try {
    const start = Date.now();
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.locator(".quiz-error")).toContainText("Not saved yet", { timeout: 3000 });
    expect(Date.now() - start).toBeLessThan(3000);
    // The slow requests still reach Redis, seconds after the app gave up on them.
    await page.waitForTimeout(6000);
  } finally {
    await request.post(`${BRIDGE_CONTROL_URL}/fault?mode=none`);
  }
  await page.waitForURL(/\/quiz\/result\//, { timeout: 20_000 });
  await expect(page.getByRole("status")).toContainText(`${total} of ${total}`);
  await page.goto(`${B}/me`);
  await expect(page.getByTestId("progress")).toContainText("Attempts1");
});
