import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { continueAs, uniqueUser } from "./auth-helpers";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import { briefing, quiz, SLUG } from "./quiz-helpers";

// A teacher takes the quiz to the school's LMS: from /teach, each of the three files, by
// plain links (JavaScript on and off); from a class's dashboard, files that carry the class
// link. Anyone else gets a 404 for the same URLs.

async function download(page: Page, link: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: link }).click(),
  ]);
  return { file, bytes: readFileSync((await file.path())!) };
}

test("a teacher downloads the quiz for an LMS from /teach and from a class", async ({
  page,
  browser,
  baseURL,
}) => {
  await continueAs(page, `Mx ${uniqueUser("lms")}`);
  await page.goto("/teach");
  const section = page.getByRole("region", { name: "Use a quiz in your LMS" });
  await expect(section).toContainText("contain the answers");
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  // Common Cartridge: a zip whose manifest names the quiz and whose assessment has every item.
  const cc = await download(page, `Common Cartridge for ${briefing.title}`);
  expect(cc.file.suggestedFilename()).toBe(`${SLUG}-quiz.imscc`);
  const zip = unzipSync(new Uint8Array(cc.bytes));
  expect(strFromU8(zip["imsmanifest.xml"]!)).toContain("imsqti_xmlv1p2/imscc_xmlv1p1/assessment");
  const items = strFromU8(zip["R_QUIZ/assessment.xml"]!).match(/<item ident=/g) ?? [];
  expect(items.length).toBeGreaterThanOrEqual(quiz.questions.length);
  expect(strFromU8(zip["R_BRIEFING/weblink.xml"]!)).toContain(`${baseURL}/${SLUG}"`);

  const moodle = await download(page, `Moodle XML for ${briefing.title}`);
  expect(moodle.file.suggestedFilename()).toBe(`${SLUG}-quiz.moodle.xml`);
  expect(moodle.bytes.toString("utf8")).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);

  // The Spanish edition's quiz, in Spanish, under its own name.
  const spanish = await download(page, `Moodle XML in Spanish for ${briefing.title}`);
  expect(spanish.file.suggestedFilename()).toBe(`${SLUG}-quiz.es.moodle.xml`);
  expect(spanish.bytes.toString("utf8")).toContain("Contiene las respuestas");

  // Without JavaScript the links are still links.
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noJs.newPage();
  await plain.goto("/teach");
  const gift = await download(plain, `GIFT for ${briefing.title}`);
  expect(gift.file.suggestedFilename()).toBe(`${SLUG}-quiz.gift.txt`);
  expect(gift.bytes.toString("utf8")).toContain("Contains the answers");
  expect(gift.bytes.toString("utf8")).not.toContain("The class link");
  await noJs.close();

  // From a class: the same quiz, with the class link in it.
  await page.getByLabel("Class title").fill("Period 4");
  await page.getByRole("radio", { name: briefing.title }).check();
  await page.getByRole("button", { name: "Create class link" }).click();
  await page.waitForURL(/\/teach\/[A-Z2-9]{6}$/);
  const code = page.url().split("/").pop()!;
  await expect(page.getByRole("region", { name: "Use this quiz in your LMS" })).toBeVisible();
  const classGift = await download(page, "GIFT");
  expect(classGift.bytes.toString("utf8")).toContain(`The class link`);
  expect(classGift.bytes.toString("utf8")).toContain(`${baseURL}/c/${code}`);
  const classCc = unzipSync(new Uint8Array((await download(page, "Common Cartridge")).bytes));
  expect(strFromU8(classCc["R_CLASS/weblink.xml"]!)).toContain(`${baseURL}/c/${code}"`);

  // Nobody else: signed out, the same URLs are 404s.
  const stranger = await browser.newContext();
  for (const path of [
    `/teach/export/${SLUG}-quiz.imscc`,
    `/teach/${code}/export/${SLUG}-quiz.gift.txt`,
  ]) {
    const response = await stranger.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    expect(await response.text()).not.toContain(quiz.questions[0]!.explanation);
  }
  await stranger.close();
});
