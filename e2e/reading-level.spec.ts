import { devices, type Page } from "@playwright/test";
import { expect, PHONE_ONLY, test } from "./fixtures";
import { uniqueUser } from "./auth-helpers";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import { SLUG, briefing } from "./quiz-helpers";

// The easier version: its own page, a switch on both versions that is remembered (a cookie
// the router reads, so /<slug> and "Show me where" open at the chosen level), the same fact
// markers, and a class's starting level.
const easy = briefing.easy!;
const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const levelNav = (page: Page) => page.getByRole("navigation", { name: "Reading level" });

/** The fact markers a page shows, as the set of facts they point at. */
async function markedFacts(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("article section a[href^='#fact-']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  return [...new Set(hrefs)].sort();
}

async function switchTo(page: Page, label: "Standard" | "Easier to read") {
  await levelNav(page).getByRole("link", { name: label }).click();
  await expect(levelNav(page).getByRole("link", { name: label })).toHaveAttribute(
    "aria-current",
    "page",
  );
}

for (const javaScriptEnabled of [true, false]) {
  test(`switching to the easier text and back is remembered (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
  }, { project }) => {
    const device = devices[project.name === "mobile" ? "Pixel 7" : "Desktop Chrome"];
    const context = await browser.newContext({ ...device, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`/${SLUG}`);
    await expect(heading(page)).toHaveText(briefing.title);
    await expect(levelNav(page).getByRole("link", { name: "Standard" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const standardFacts = await markedFacts(page);

    await switchTo(page, "Easier to read");
    await expect(page).toHaveURL(new RegExp(`/${SLUG}/easy$`));
    await expect(heading(page)).toHaveText(easy.title);
    // The same facts, each with its marker and its entry in the evidence list.
    expect(await markedFacts(page)).toEqual(standardFacts);
    await expectNoHorizontalScroll(page);

    // Remembered: the briefing's own address, and "Show me where" links, open the easier text.
    const fact = briefing.facts[0]!;
    await page.goto(`/${SLUG}#fact-${fact.id}`);
    await expect(heading(page)).toHaveText(easy.title);
    await expect(page.locator(`#fact-${fact.id}`)).toBeInViewport();

    await switchTo(page, "Standard");
    await expect(page).toHaveURL(new RegExp(`/${SLUG}$`));
    await expect(heading(page)).toHaveText(briefing.title);
    await page.goto(`/${SLUG}`);
    await expect(heading(page)).toHaveText(briefing.title);
    await context.close();
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe: the easier page has no violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/${SLUG}/easy`);
    await expect(heading(page)).toHaveText(easy.title);
    await expectNoAxeViolations(page);
  });
}

test(
  "the level route refuses what it does not know and never leaves the site",
  PHONE_ONLY,
  async ({ request }) => {
    const get = (query: string) => request.get(`/level?${query}`, { maxRedirects: 0 });
    for (const bad of ["slug=nope&to=easy", `slug=${SLUG}&to=hard`, `slug=${SLUG}`, ""]) {
      expect((await get(bad)).status(), bad).toBe(404);
    }
    const ok = await get(`slug=${SLUG}&to=easy`);
    expect(ok.status()).toBe(303);
    expect(ok.headers()["location"]).toBe(`/${SLUG}/easy`);
    expect(ok.headers()["set-cookie"]).toMatch(
      /^bq_level=easy; Path=\/; Max-Age=\d+; SameSite=Lax/,
    );
    // A class code returns to the class page; anything else is ignored, not followed.
    for (const [where, location] of [
      ["K7M2QX", "/c/K7M2QX"],
      ["//evil.example", `/${SLUG}`],
      ["/c/K7M2QX/../../x", `/${SLUG}`],
    ]) {
      const res = await get(`slug=${SLUG}&to=standard&class=${encodeURIComponent(where!)}`);
      expect(res.headers()["location"], where).toBe(location);
    }
  },
);

test("a teacher starts a class at the easier text; a student can still switch", async ({
  page: teacher,
  browser,
}, { project }) => {
  test.skip(project.name !== "desktop", "one teacher and one phone student: runs once");
  await teacher.goto("/teach");
  await teacher.getByLabel("Your name or a nickname").fill(`Mr ${uniqueUser("t")}`);
  await teacher.getByRole("button", { name: "Continue", exact: true }).click();
  await teacher.waitForURL(/\/teach$/);
  await teacher.getByLabel("Class title").fill("Year 5 — easier");
  await teacher.getByRole("radio", { name: briefing.title }).check();
  await teacher.getByText("The easier text (same facts").click();
  await teacher.getByRole("button", { name: "Create class link" }).click();
  await teacher.waitForURL(/\/teach\/[A-Z2-9]{6}$/);
  await expect(teacher.getByText("students start with the easier text")).toBeVisible();
  const code = teacher.url().split("/").pop()!;

  const context = await browser.newContext({ ...devices["Pixel 7"] });
  const student = await context.newPage();
  await student.goto(`/c/${code}`);
  await student.getByLabel("Your nickname").fill("Dee");
  await student.getByRole("button", { name: "Join the class" }).click();
  await expect(student.getByTestId("class-banner")).toContainText("you are Dee");
  await expect(heading(student)).toHaveText(easy.title);
  // The switch stays in the class: back to its page (and its quiz), not the public briefing.
  await switchTo(student, "Standard");
  await expect(student).toHaveURL(new RegExp(`/c/${code}$`));
  await expect(heading(student)).toHaveText(briefing.title);
  await expect(student.getByRole("link", { name: "Take the quiz" })).toHaveAttribute(
    "href",
    `/c/${code}/quiz`,
  );
  await context.close();
});
