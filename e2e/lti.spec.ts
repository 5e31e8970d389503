import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { LTI_ISSUER, LTI_REGISTRATION_KEY } from "./ports";
import { briefing, quiz, SLUG, takeQuizOneByOne } from "./quiz-helpers";

// The app launched from an LMS (test/lti/serve.ts, on another site: 127.0.0.1) over LTI 1.3:
// the platform's real login redirects, a signed launch posted back, our checks. A learner in
// the LMS's frame goes on in a tab of their own as themselves; the same learner from a new
// window is the same student; the course's instructor lands on the class's dashboard; a
// launch whose state was tampered with ends on the plain failure page.

const course = (who: Record<string, string>) =>
  `${LTI_ISSUER}/course?${new URLSearchParams({ slug: SLUG, link: `link-${test.info().title.length}`, ...who })}`;

async function popupFrom(page: Page, open: () => Promise<void>): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent("popup"), open()]);
  await popup.waitForLoadState();
  return popup;
}

test("a learner launched in the LMS's frame goes on in a tab as themselves, and is the same student from a new window", async ({
  page,
}) => {
  const link = `link-${Date.now()}`;
  await page.goto(course({ who: "learner", sub: `ada-${link}`, name: "Ada", link }));
  const frame = page.frameLocator("#tool");
  await expect(frame.getByRole("heading", { name: "Briefing & Quiz" })).toBeVisible();
  // The new tab's link, sent to someone else or opened at the top level, signs nobody in.
  const href = (await frame.getByRole("link", { name: "Open in a new tab" }).getAttribute("href"))!;
  const other = await page.context().browser()!.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(href);
  await expect(elsewhere.getByTestId("lti-failure")).toContainText("works once");
  await elsewhere.goto(href.replace("/lti/continue", "/lti/open"));
  await expect(elsewhere.getByTestId("lti-failure")).toContainText("only inside");
  await other.close();
  const tab = await popupFrom(page, () =>
    frame.getByRole("link", { name: "Open in a new tab" }).click(),
  );
  await expect(tab).toHaveURL(/\/c\/[A-Z2-9]{6}$/);
  await expect(tab.getByTestId("class-banner")).toContainText("you are Ada");
  await expect(tab.getByRole("heading", { level: 1 })).toContainText(briefing.title.slice(0, 20));
  const code = tab.url().split("/").pop()!;
  // A learner's launch never opens the dashboard.
  expect((await tab.request.get(`/teach/${code}`)).status()).toBe(404);

  // The same learner, the same activity, from a new window: the same class, the same student.
  const again = await page.context().browser()!.newContext();
  const lms = await again.newPage();
  await lms.goto(course({ who: "learner", sub: `ada-${link}`, name: "Ada", link, frame: "no" }));
  const window = await popupFrom(lms, () => lms.locator("#new-window").click());
  await expect(window).toHaveURL(new RegExp(`/c/${code}$`));
  await expect(window.getByTestId("class-banner")).toContainText("you are Ada");
  await again.close();

  // The course's instructor lands on that class's dashboard, with Ada on its roster.
  const teacher = await page.context().browser()!.newContext();
  const teacherLms = await teacher.newPage();
  await teacherLms.goto(course({ who: "instructor", sub: `teacher-${link}`, link, frame: "no" }));
  const dashboard = await popupFrom(teacherLms, () => teacherLms.locator("#new-window").click());
  await expect(dashboard).toHaveURL(new RegExp(`/teach/${code}$`));
  await expect(dashboard.getByTestId("roster")).toContainText("Ada");
  await teacher.close();
});

test("a learner of a Spanish class is told in Spanish, in the frame and in the tab", async ({
  page,
}) => {
  const link = `es-${Date.now()}`;
  await page.goto(course({ who: "learner", sub: `lu-${link}`, name: "Lu", link, lang: "es" }));
  const frame = page.frameLocator("#tool");
  await expect(frame.locator("html")).toHaveAttribute("lang", "es");
  const tab = await popupFrom(page, () =>
    frame.getByRole("link", { name: "Abrir en una pestaña nueva" }).click(),
  );
  await expect(tab).toHaveURL(/\/es\/c\/[A-Z2-9]{6}$/);
  await expect(tab.getByTestId("class-banner")).toContainText("eres Lu");
});

test("a launch whose state was tampered with ends on the plain failure page, with no class made", async ({
  page,
}) => {
  await page.goto(
    course({ who: "learner", sub: "mallory", name: "Mallory", tamper: "state", frame: "no" }),
  );
  const window = await popupFrom(page, () => page.locator("#new-window").click());
  await expect(window).toHaveURL(/\/lti\/failed\?why=state$/);
  await expect(window.getByTestId("lti-failure")).toContainText(
    "did not come from the login this browser started",
  );
});

test("a teacher adds a briefing from the LMS's picker; its learners land in Spanish as chosen", async ({
  page,
}) => {
  await page.goto(course({ mode: "add", who: "instructor", sub: "teacher-picker", frame: "no" }));
  const picker = await popupFrom(page, () => page.locator("#new-window").click());
  await expect(picker).toHaveURL(/\/lti\/pick\?session=/);
  await picker.getByRole("radio", { name: new RegExp(briefing.title.slice(0, 30)) }).check();
  await picker.getByRole("radio", { name: "Spanish" }).check();
  await picker.getByRole("button", { name: "Add to my course" }).click();
  // The LMS checked our signed answer against our public keys, and made the activity.
  await expect(picker.getByRole("heading", { level: 1 })).toContainText("Added:");
  await expect(picker.locator("#slug")).toHaveText(SLUG);
  await expect(picker.locator("#lang")).toHaveText("es");
  await expect(picker.locator("#points")).toHaveText(String(quiz.questions.length));
  await picker.locator("#as-learner").click();
  const learner = await popupFrom(picker, () => picker.locator("#new-window").click());
  await expect(learner).toHaveURL(/\/es\/c\/[A-Z2-9]{6}$/);
  await expect(learner.getByTestId("class-banner")).toContainText("eres Ada");
});

test("a learner cannot add activities: the picker is for a course's teachers", async ({ page }) => {
  await page.goto(course({ mode: "add", who: "learner", sub: "pupil-picker", frame: "no" }));
  const window = await popupFrom(page, () => page.locator("#new-window").click());
  await expect(window).toHaveURL(/\/lti\/failed\?why=picker-role$/);
});

test("a learner's score reaches the LMS's gradebook by itself; one the LMS missed is sent again from the dashboard", async ({
  page,
}) => {
  const link = `grades-${Date.now()}`;
  const sub = `kim-${link}`;
  const scores = async () =>
    (await (await page.request.get(`${LTI_ISSUER}/scores?link=${link}`)).json()) as {
      userId: string;
      scoreGiven: number;
      scoreMaximum: number;
      activityProgress: string;
      gradingProgress: string;
    }[];
  // Launched in the LMS's frame, answered in the tab it opens.
  await page.goto(course({ who: "learner", sub, name: "Kim", link }));
  const tab = await popupFrom(page, () =>
    page.frameLocator("#tool").getByRole("link", { name: "Open in a new tab" }).click(),
  );
  await expect(tab).toHaveURL(/\/c\/[A-Z2-9]{6}$/);
  const code = tab.url().split("/").pop()!;
  const total = quiz.questions.length;

  // One answer wrong: that score arrives in the LMS, as Kim's, completed and graded.
  await tab.goto(`/c/${code}/quiz`);
  await takeQuizOneByOne(tab, quiz.questions, new Set([quiz.questions[0]!.id]));
  await expect.poll(scores).toEqual([
    expect.objectContaining({
      userId: sub,
      scoreMaximum: total,
      activityProgress: "Completed",
      gradingProgress: "FullyGraded",
    }),
  ]);
  expect((await scores())[0]!.scoreGiven).toBeLessThan(total);

  // The LMS is down for the first try and every retry; Kim's better score does not arrive.
  await page.request.get(`${LTI_ISSUER}/course?down=4`);
  await tab.goto(`/c/${code}/quiz`);
  await takeQuizOneByOne(tab, quiz.questions);

  // The course's teacher sees it on the dashboard, and sends it again.
  const teacher = await page.context().browser()!.newContext();
  const lms = await teacher.newPage();
  await lms.goto(course({ who: "instructor", sub: `teacher-${link}`, link, frame: "no" }));
  const dashboard = await popupFrom(lms, () => lms.locator("#new-window").click());
  await expect(dashboard).toHaveURL(new RegExp(`/teach/${code}$`));
  const grades = dashboard.getByTestId("lms-grades");
  await expect(grades.getByRole("row", { name: /Kim/ })).toContainText(
    "No: the LMS was busy or down (503)",
    { timeout: 30_000 },
  );
  await dashboard.getByRole("button", { name: "Send again (1)" }).click();
  await expect(grades.getByRole("row", { name: /Kim/ })).toContainText(`${total}/${total}Yes`);
  expect((await scores()).map((s) => s.scoreGiven).at(-1)).toBe(total);
  await teacher.close();
});

test("an LMS admin registers the tool by pasting its URL, and that LMS's courses then launch it", async ({
  page,
  baseURL,
}) => {
  const registrationUrl = `${baseURL}/lti/register?key=${LTI_REGISTRATION_KEY}`;
  // Without the key, the registration URL is not there.
  const guess = `${baseURL}/lti/register?key=guess&openid_configuration=${LTI_ISSUER}/openid-configuration`;
  expect((await page.request.get(guess)).status()).toBe(404);

  await page.goto(`${LTI_ISSUER}/admin?${new URLSearchParams({ url: registrationUrl })}`);
  await expect(page.frameLocator("#registration").getByTestId("lti-registration")).toContainText(
    "now registered with e2e-lms",
  );
  // The LMS is told to close its registration window.
  await expect(page.locator("#closed")).toHaveText("closed");

  // A learner of a course on that registration (its own client id and deployment) gets in.
  await page.goto(
    course({ who: "learner", sub: "dee-dr", name: "Dee", client: "dr", frame: "no" }),
  );
  const tab = await popupFrom(page, () => page.locator("#new-window").click());
  await expect(tab).toHaveURL(/\/c\/[A-Z2-9]{6}$/);
  await expect(tab.getByTestId("class-banner")).toContainText("you are Dee");
});

test("in an LMS frame that keeps no cookie of ours, the login goes through the LMS's storage instead", async ({
  page,
}) => {
  const frame = page.frameLocator("#tool");
  // As a browser that keeps no cookie of ours in a frame: the login's cookie is gone by the
  // time the LMS posts the launch back (the LMS holds the launch until it is).
  async function launchWithoutCookie(who: Record<string, string>) {
    await page.goto(course({ who: "learner", hold: "yes", ...who }));
    await expect(frame.locator("#continue")).toBeVisible();
    await page.context().clearCookies({ name: "bq_lti_login" });
    await frame.locator("#continue").click();
  }
  // Without the LMS's storage, such a launch cannot be tied to this browser.
  await launchWithoutCookie({ sub: "no-storage", name: "Max" });
  await expect(frame.getByTestId("lti-failure")).toContainText("did not come from the login");

  const link = `storage-${Date.now()}`;
  await launchWithoutCookie({ sub: `sam-${link}`, name: "Sam", link, storage: "yes" });
  await expect(page.locator("#stored")).toHaveText("1");
  const tab = await popupFrom(page, () =>
    frame.getByRole("link", { name: "Open in a new tab" }).click(),
  );
  await expect(tab).toHaveURL(/\/c\/[A-Z2-9]{6}$/);
  await expect(tab.getByTestId("class-banner")).toContainText("you are Sam");
});

test("an instructor's new-tab link works once: opened again, it says so instead of failing", async ({
  page,
}) => {
  const link = `twice-${Date.now()}`;
  await page.goto(course({ who: "instructor", sub: `teacher-${link}`, link }));
  const frame = page.frameLocator("#tool");
  const open = () => frame.getByRole("link", { name: "Open in a new tab" }).click();
  const first = await popupFrom(page, open);
  await expect(first).toHaveURL(/\/teach\/[A-Z2-9]{6}$/);
  const second = await popupFrom(page, open);
  await expect(second).toHaveURL(/\/lti\/failed\?why=ticket$/);
  await expect(second.getByTestId("lti-failure")).toContainText("works once");
});
