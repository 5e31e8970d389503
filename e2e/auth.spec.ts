import { expect, PHONE_ONLY, test } from "./fixtures";
import { continueAs, sessionCookie, signInWithOidc, uniqueUser } from "./auth-helpers";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import { SLUG, quiz, takeQuizOneByOne } from "./quiz-helpers";

const missed = (i: number) => new Set([quiz.questions[i]!.id]);

test("signing in with a school's identity provider (real OIDC redirects) carries progress to another device", async ({
  page,
  browser,
}) => {
  const user = uniqueUser("oidc");
  // Device A: an anonymous attempt, then sign in. It moves to the account.
  await page.goto(`/${SLUG}/quiz`);
  await takeQuizOneByOne(page, quiz.questions, missed(2));
  const result = new URL(page.url()).pathname;
  await signInWithOidc(page, user);
  await expect(page.getByTestId("progress")).toContainText("Attempts1");
  await expect(page.getByTestId("progress")).toContainText(quiz.questions[2]!.prompt);

  // The anonymous id is spent; the session cookie cannot be read by scripts or sent cross-site.
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "bq_anon")).toBeUndefined();
  // The sign-in hint is set by the OIDC callback route too, so the header asks for the name.
  expect(cookies.find((c) => c.name === "bq_signed_in")).toMatchObject({ value: "1" });
  await expect(page.getByRole("navigation", { name: "Account" })).toContainText(user);
  expect(await sessionCookie(page.context())).toMatchObject({
    httpOnly: true,
    sameSite: "Lax",
    secure: true, // production build
  });

  // Device B: its own anonymous attempt first; signing in merges both.
  const deviceB = await browser.newContext();
  const b = await deviceB.newPage();
  await b.goto("/me");
  await expect(b.getByText("No quiz attempts yet.")).toBeVisible();
  await b.goto(`/${SLUG}/quiz`);
  await takeQuizOneByOne(b, quiz.questions, missed(4));
  await signInWithOidc(b, user);
  await expect(b.getByTestId("progress")).toContainText("Attempts2");
  expect((await b.goto(result))?.status()).toBe(200);

  // Sign out: the progress stays with the account, not with the browser.
  const signOut = async () => {
    await b.goto("/signin");
    await b.getByRole("button", { name: "Sign out" }).click();
    await b.waitForURL((url) => url.pathname === "/");
  };
  await signOut();
  await b.goto("/me");
  await expect(b.getByText("No quiz attempts yet.")).toBeVisible();
  expect((await b.goto(result))?.status()).toBe(404);

  // Signing in again finds the same two attempts: nothing merged twice, nothing lost.
  await signInWithOidc(b, user);
  await expect(b.getByTestId("progress")).toContainText("Attempts2");
  await signOut();
  await deviceB.close();

  await page.goto("/me");
  await expect(page.getByTestId("progress")).toContainText("Attempts2");
});

test(
  "“Continue as…” on one machine: the same name on another browser is the same progress",
  PHONE_ONLY,
  async ({ page, browser }) => {
    const name = `Ada ${uniqueUser("local")}`;
    await page.goto(`/${SLUG}/quiz`);
    await takeQuizOneByOne(page, quiz.questions, missed(0));
    await continueAs(page, name);
    await expect(page.getByTestId("progress")).toContainText("Attempts1");
    // The header says who is signed in, and returns there after signing in from a page.
    await page.goto(`/${SLUG}`);
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText(name);

    const other = await browser.newContext();
    const b = await other.newPage();
    await continueAs(b, name);
    await expect(b.getByTestId("progress")).toContainText("Attempts1");
    await other.close();
  },
);

test("sign-in form: bad names get a message beside the field, and sign-in returns to the page", async ({
  page,
}) => {
  await page.goto(`/${SLUG}`);
  await page
    .getByRole("navigation", { name: "Account" })
    .getByRole("link", { name: "Sign in" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/signin\\?from=%2F${SLUG}$`));
  const field = page.getByLabel("Your name or a nickname");
  const submit = page.getByRole("button", { name: "Continue", exact: true });
  await submit.click();
  const message = page.locator("#local-name-error");
  await expect(message).toHaveText("Enter the name to continue as.");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await field.fill("<script>alert(1)</script>");
  await submit.click();
  await expect(message).toHaveText("Letters, digits, spaces and . ' - only.");
  await field.fill("   ");
  await submit.click();
  await expect(message).toHaveText("Enter the name to continue as.");
  await field.fill(`Grace ${uniqueUser("back")}`);
  await submit.click();
  await page.waitForURL(new RegExp(`/${SLUG}$`));
});

test("the sign-in page: every configured way in, what is kept, axe clean, fits a phone", async ({
  page,
}) => {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/signin");
    await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Continue with / })).toHaveCount(1);
    await expect(page.getByText("No password, no e-mail address")).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  }
  // An error code from Auth.js becomes a readable message; open redirects are ignored.
  await page.goto("/signin?error=OAuthCallbackError&from=https://evil.example/");
  await expect(page.locator(".quiz-error")).toHaveText(/Signing in did not work/);
  await expect(page.locator('input[name="from"]').first()).toHaveValue("/me");
});
