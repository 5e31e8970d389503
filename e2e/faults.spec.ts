import { expect, test } from "./fixtures";
import { continueAs, uniqueUser } from "./auth-helpers";
import { SLUG, quiz, takeQuizOneByOne } from "./quiz-helpers";

// A deployment replaces every server action id. A page opened before it still carries the
// old ids: Next answers "action not found". Simulated by rewriting the id in flight to one
// of the right shape that this build does not have.
const GONE = `7f${"0".repeat(40)}`;
const total = quiz.questions.length;

test("a quiz opened before a deployment: says reload, keeps the answers, lands once after", async ({
  page,
}) => {
  await page.goto(`/${SLUG}/quiz`);
  await takeQuizOneByOne(page, quiz.questions, new Set(), { submit: false });
  await page.route(`**/${SLUG}/quiz`, async (route) => {
    const headers = route.request().headers();
    if (route.request().method() !== "POST" || !headers["next-action"]) return route.continue();
    // A slow network: long enough to see what the button says while the answers travel.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return route.continue({ headers: { ...headers, "next-action": GONE } });
  });
  await page.getByRole("button", { name: "Submit answers" }).click();
  // While sending, the button says so and cannot be pressed twice.
  await expect(page.getByRole("button", { name: "Checking…" })).toBeDisabled();
  await expect(page.locator(".quiz-error")).toContainText("This page was updated");
  await expect(page.getByRole("button", { name: "Submit answers" })).toBeEnabled();
  // Shown where the reader is looking, not a screen above the Submit button.
  await expect(page.locator(".quiz-error")).toBeInViewport();
  // No automatic resend: it could never work.
  await page.waitForTimeout(4000);
  await expect(page).toHaveURL(new RegExp(`/${SLUG}/quiz$`));

  // Reloading gets the new build's page; the draft brings every answer back.
  await page.unrouteAll();
  await page.getByRole("button", { name: "Reload the quiz" }).click();
  await expect(page.getByText(`${total} of ${total}`, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.waitForURL(/\/quiz\/result\//);
  await expect(page.getByRole("status")).toContainText(`${total} of ${total}`);
  await page.goto("/me");
  await expect(page.getByTestId("progress")).toContainText("Attempts1");
});

test("any other form from before a deployment: a page that says so, and reloading works", async ({
  page,
}) => {
  await page.goto("/signin");
  await page.route("**/signin", (route) => {
    const headers = route.request().headers();
    if (route.request().method() !== "POST" || !headers["next-action"]) return route.continue();
    return route.continue({ headers: { ...headers, "next-action": GONE } });
  });
  const name = uniqueUser("stale");
  await page.getByLabel("Your name or a nickname").fill(name);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { name: "This page was updated" })).toBeVisible();
  await page.unrouteAll();
  await page.getByRole("button", { name: "Reload the page" }).click();
  await expect(page.getByLabel("Your name or a nickname")).toBeVisible();
  // The reloaded page carries this build's ids: signing in works.
  await continueAs(page, name);
});
