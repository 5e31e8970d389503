import type { Page } from "@playwright/test";
import { expect, PHONE_ONLY, test } from "./fixtures";
import { continueAs, uniqueUser } from "./auth-helpers";
import { expectNoAxeViolations } from "./helpers";
import { phoneJoins, studentTakesBackTheirData, teacherMakesClass } from "./my-data-flow";
import { SLUG, answer, quiz } from "./quiz-helpers";

// What we keep and how it is taken back (issue 17): the data download and deletion, teacher
// moderation, the privacy page and its reach, and the class codes that are not there.

test("a student (no JS) downloads and deletes their data; the class forgets them", async ({
  page,
  browser,
  baseURL,
}, { project }) => {
  test.skip(project.name !== "desktop", "a desktop teacher and a phone student: runs once");
  test.setTimeout(180_000);
  await studentTakesBackTheirData(browser, page, { teacherBase: baseURL!, studentBase: baseURL! });
});

test("a teacher renames and removes students and stops joins; rude nicknames are refused", async ({
  page: teacher,
  browser,
  baseURL,
}, { project }) => {
  test.skip(project.name !== "desktop", "a desktop teacher and phone students: runs once");
  test.setTimeout(180_000);
  const code = await teacherMakesClass(teacher, baseURL!, "Moderated");

  // A rude nickname is refused kindly, and nothing is joined.
  const rude = await browser.newContext();
  const rudePage = await rude.newPage();
  await rudePage.goto(`/c/${code}`);
  await rudePage.getByLabel("Your nickname").fill("Sh1t head");
  await rudePage.getByRole("button", { name: "Join the class" }).click();
  await expect(rudePage.locator("#nickname-error")).toHaveText(
    "Please choose another nickname: one that is kind to everyone.",
  );
  await rude.close();

  const eve = await phoneJoins(browser, baseURL!, code, "Eve");
  const finn = await phoneJoins(browser, baseURL!, code, "Finn", false);
  await teacher.reload();
  const row = (name: string) =>
    teacher.getByTestId("roster").locator("tbody tr", { hasText: name });
  await expect(teacher.getByTestId("roster").locator("tbody tr")).toHaveCount(2);

  // Rename: a taken name and a rude one are refused at the row; a kind one sticks.
  const rename = async (from: string, to: string) => {
    // After a refusal the row comes back open, with its notice.
    if (
      !(await row(from)
        .locator("details")
        .evaluate((d) => (d as HTMLDetailsElement).open))
    )
      await row(from).getByText("Manage").click();
    await row(from).getByLabel(`New nickname for ${from}`).fill(to);
    await row(from).getByRole("button", { name: "Rename" }).click();
  };
  await rename("Eve", "finn");
  await expect(row("Eve").getByRole("alert")).toHaveText(
    "Another student in this class already has that nickname.",
  );
  await rename("Eve", "b!tch");
  await expect(row("Eve").getByRole("alert")).toHaveText(
    "Please choose another nickname: one that is kind to everyone.",
  );
  await rename("Eve", "Evie");
  await expect(row("Evie")).toHaveCount(1);
  await eve.page.reload();
  await expect(eve.page.getByTestId("class-banner")).toContainText("you are Evie");
  await expectNoAxeViolations(teacher);

  // Remove: the tick is required; then Finn's browser is told plainly, and cannot rejoin.
  await row("Finn").getByText("Manage").click();
  await row("Finn").getByLabel("Remove Finn and their results").check();
  await row("Finn").getByRole("button", { name: "Remove from class" }).click();
  await expect(teacher.getByTestId("roster").locator("tbody tr")).toHaveCount(1);
  await finn.page.reload();
  await expect(
    finn.page.getByRole("heading", { name: "You were removed from this class" }),
  ).toBeVisible();
  await finn.page.goto(`/c/${code}/quiz`);
  await expect(finn.page).toHaveURL(new RegExp(`/c/${code}$`));
  await expect(finn.page.getByLabel("Your nickname")).toHaveCount(0);

  // Stop joins: a newcomer gets the class-not-found page (404); members carry on.
  await teacher.getByRole("button", { name: "Stop new joins" }).click();
  await expect(teacher.getByText("not taking new students")).toBeVisible();
  const late = await browser.newContext();
  const latePage = await late.newPage();
  expect((await latePage.goto(`/c/${code}`))?.status()).toBe(404);
  await expect(latePage.getByRole("heading", { name: "We can’t find that class" })).toBeVisible();
  await eve.page.goto(`/c/${code}/quiz`);
  await expect(eve.page.getByRole("heading", { level: 1 })).toBeVisible();
  await teacher.getByRole("button", { name: "Let new students join" }).click();
  // The form posts, then the dashboard comes back: only then are joins open again.
  await expect(teacher.getByRole("button", { name: "Stop new joins" })).toBeVisible();
  expect((await latePage.goto(`/c/${code}`))?.status()).toBe(200);
  await expect(latePage.getByLabel("Your nickname")).toBeVisible();
  for (const c of [eve.context, finn.context, late]) await c.close();
});

test("unknown class codes answer 404 with the friendly page", PHONE_ONLY, async ({ page }) => {
  for (const code of ["ZZZZZZ", "nope", "K7M2QX"]) {
    expect((await page.goto(`/c/${code}`))?.status(), code).toBe(404);
    await expect(page.getByRole("heading", { name: "We can’t find that class" })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

/** The header's account link asks the server only where someone may be signed in. */
async function sessionCalls(page: Page, paths: string[]) {
  const calls: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/auth/session")) calls.push(r.url());
  });
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  return calls.length;
}

test("an anonymous reader's page views make no session call; a signed-in one's do", async ({
  page,
}) => {
  const paths = ["/", `/${SLUG}`, `/${SLUG}/quiz`, "/privacy"];
  expect(await sessionCalls(page, paths)).toBe(0);
  const name = `Reader ${uniqueUser("r")}`;
  await continueAs(page, name);
  expect(await sessionCalls(page, paths)).toBe(paths.length);
  await expect(page.getByRole("navigation", { name: "Account" })).toContainText(name);
});

test("/privacy is in every page's footer and lists every cookie and stored key a visit makes", async ({
  page,
}) => {
  for (const path of ["/", `/${SLUG}`, `/${SLUG}/quiz`, "/me", "/signin", "/c/ZZZZZZ"]) {
    await page.goto(path);
    await expect(
      page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }),
      path,
    ).toHaveAttribute("href", "/privacy");
  }
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What we keep, and who sees it");
  await expectNoAxeViolations(page);
});

test("every cookie and device key a full visit leaves is explained on /privacy", async ({
  page,
  browser,
  baseURL,
}, { project }) => {
  test.skip(project.name !== "desktop", "one full visit is enough");
  // A visit that touches everything: a class joined, a level and a language chosen, a quiz
  // half-answered, reading settings changed, signed in.
  const code = await teacherMakesClass(page, baseURL!, "Cookie class");
  const { context, page: phone } = await phoneJoins(browser, baseURL!, code, "Gus");
  await phone.goto(`/level?slug=${SLUG}&to=easy`);
  await phone.getByRole("button", { name: "Text size and spacing" }).click();
  await phone.locator("#reading-settings label", { hasText: /^Larger$/ }).click();
  await phone.goto(`/language?slug=${SLUG}&to=es&level=easy`);
  await phone.goto(`/${SLUG}/quiz`);
  await answer(phone, quiz.questions[0]!, true);
  // Signing in moves the anonymous id's attempts to the account and drops its cookie.
  const beforeSignIn = (await context.cookies()).map((c) => c.name);
  await continueAs(phone, `Gus ${uniqueUser("g")}`);
  const cookies = [...new Set([...beforeSignIn, ...(await context.cookies()).map((c) => c.name)])];
  const keys = await phone.evaluate(() => Object.keys(localStorage));
  await phone.goto("/privacy");
  const listed = await phone.getByTestId("item-name").allTextContents();
  // An entry names one or more keys ("a, b"); "<code>" and "…" stand for any ending.
  const covered = (name: string) =>
    listed.some((entry) => {
      const patterns = entry.split(/,\s*/);
      return patterns.some((p) => {
        const stem = p.replace(/(<code>|…)$/, "");
        return name === p || (stem !== p && name.startsWith(stem));
      });
    });
  const unlisted = [...cookies, ...keys].filter((name) => !covered(name.replace(/^__Secure-/, "")));
  expect(unlisted).toEqual([]);
  expect(cookies).toEqual(
    expect.arrayContaining(["bq_anon", `bq_class_${code}`, "bq_level", "bq_lang", "bq_signed_in"]),
  );
  expect(keys).toEqual(expect.arrayContaining(["reading-settings"]));
  await context.close();
});
