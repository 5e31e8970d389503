import { expect, test } from "./fixtures";
import { creditsOf } from "../lib/content/credits";
import { en } from "../lib/i18n/en";
import { formatDate } from "../lib/content/format-date";
import { expectNoAxeViolations, expectNoHorizontalScroll, waitForScrollToRest } from "./helpers";
import { briefing, SLUG } from "./quiz-helpers";

const asOf = formatDate(briefing.source.date);
// The first section whose list items read under a lead-in.
const led = briefing.sections.find((s) => s.intro)!;
const first = briefing.sections[0]!.id;
const timeline = briefing.sections.find((s) => s.layout === "timeline")!.id;

test.describe("briefing page", () => {
  test("renders the header, every section, the evidence list and the source block", async ({
    page,
  }) => {
    await page.goto(`/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(briefing.title);
    await expect(page.getByText(`as of ${asOf}`).first()).toBeVisible();
    // Who the facts come from, counted from their attributions.
    await expect(page.getByRole("note")).toContainText(en.briefing.credits(creditsOf(briefing)));
    // Who says so under the dek, and under every item; a lead-in's marker stands for the
    // items that rest on nothing else.
    await expect(page.locator("header [data-testid=fact-marker]")).toHaveCount(1);
    for (const section of briefing.sections) {
      await expect(page.getByRole("heading", { level: 2, name: section.heading })).toBeVisible();
      const intro = section.intro;
      const own = section.items.filter(
        (i) => !intro || i.facts.some((f) => !intro.facts.includes(f)),
      );
      await expect(page.locator(`section#${section.id} [data-testid=fact-marker]`)).toHaveCount(
        own.length + (intro ? 1 : 0),
      );
    }
    if (led.items.every((i) => i.facts.every((f) => led.intro!.facts.includes(f)))) {
      await expect(page.locator(`section#${led.id} [data-testid=fact-marker]`)).toHaveCount(1);
    }
    await expect(
      page.getByRole("heading", { name: "The facts behind this briefing" }),
    ).toBeVisible();
    const source = page.locator("section#source");
    await expect(source).toContainText(briefing.source.originalReporting);
    await expect(source).toContainText(asOf);
  });

  test("tapping a marker reveals who says so and the verbatim source span", async ({ page }) => {
    await page.goto(`/${SLUG}`);
    const item = briefing.sections[0]!.items[0]!;
    const marker = page.locator(`section#${first} [data-testid=fact-marker]`).first();
    const evidence = marker.getByTestId("fact-evidence");
    await expect(evidence).toBeHidden();
    await marker.locator("summary").click();
    for (const id of item.facts) {
      const fact = briefing.facts.find((f) => f.id === id)!;
      await expect(evidence).toContainText(fact.evidence);
      await expect(evidence).toContainText(fact.attribution);
    }
  });

  test("every fact has a #fact-<id> anchor, and a targeted fact is highlighted", async ({
    page,
  }) => {
    const fact = briefing.facts[7]!;
    await page.goto(`/${SLUG}#fact-${fact.id}`);
    for (const f of briefing.facts) await expect(page.locator(`#fact-${f.id}`)).toHaveCount(1);
    const target = page.locator(`#fact-${fact.id}`);
    await expect(target).toBeInViewport();
    await expect(target).toContainText(fact.evidence);
    const highlighted = await target.evaluate(
      (el) => el.matches(":target") && getComputedStyle(el).outlineStyle,
    );
    expect(highlighted).toBe("solid");
    const plain = await page
      .locator(`#fact-${briefing.facts[0]!.id}`)
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(plain).toBe("none");
  });

  test("the marker's link jumps to the fact in the evidence list", async ({ page }) => {
    await page.goto(`/${SLUG}`);
    const marker = page.locator(`section#${timeline} [data-testid=fact-marker]`).first();
    await marker.locator("summary").click();
    await marker.getByRole("link").first().click();
    const id = briefing.sections.find((s) => s.id === "timeline")!.items[0]!.facts[0]!;
    await expect(page).toHaveURL(new RegExp(`#fact-${id}$`));
    await expect(page.locator(`#fact-${id}`)).toBeInViewport();
  });

  test("no horizontal scroll at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/", `/${SLUG}`]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
    await page.locator("summary").first().click();
    await expectNoHorizontalScroll(page);
  });

  test("quotes only short evidence spans, never the whole source", async ({ request }) => {
    const html = await (await request.get(`/${SLUG}`)).text();
    const paragraphs = briefing.source.text.split(/\n+/).filter((p) => p.trim().length > 200);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of paragraphs) expect(html).not.toContain(paragraph.trim());
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds no WCAG 2.2 A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${SLUG}`);
      await expectNoAxeViolations(page);
      await page.locator(`section#${first} summary`).first().click();
      await page.locator("button.term").first().click();
      await expect(page.locator(".term-card:popover-open")).toBeVisible();
      // The card only: an open popover lies over whatever is behind it, whose tap targets
      // axe then counts as crowded (it is dismissed before anything behind can be tapped).
      await expectNoAxeViolations(page, ".term-card:popover-open");
      // Escape closes it (a same-page jump to a fact would not).
      await page.keyboard.press("Escape");
      await expect(page.locator(".term-card:popover-open")).toHaveCount(0);
      await page.goto(`/${SLUG}#fact-${briefing.facts[0]!.id}`);
      await expect(page.locator(`#fact-${briefing.facts[0]!.id}`)).toBeInViewport();
      await waitForScrollToRest(page);
      await expectNoAxeViolations(page);
      await page.goto("/");
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the briefing reads, markers open and anchors work", async ({ page }) => {
    await page.goto(`/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(briefing.title);
    const marker = page.locator("[data-testid=fact-marker]").first();
    await marker.locator("summary").click();
    await expect(marker.getByTestId("fact-evidence")).toBeVisible();
    await page.goto(`/${SLUG}#fact-${briefing.facts[3]!.id}`);
    await expect(page.locator(`#fact-${briefing.facts[3]!.id}`)).toBeInViewport();
  });

  test("glossary terms open their background definition, marked as not from the report", async ({
    page,
  }) => {
    await page.goto(`/${SLUG}`);
    const entry = briefing.glossary.find((g) => g.id === "envoy")!;
    const card = page.locator(`#term-${entry.id}`);
    await expect(card).toBeHidden();
    await page.getByRole("button", { name: entry.term, exact: true }).click();
    await expect(card).toBeVisible();
    await expect(card).toContainText("Background · not from the report");
    await expect(card).toContainText(entry.definition);
    await card.getByRole("button", { name: "Close" }).click();
    await expect(card).toBeHidden();
    // Each term is marked once, at its first use; all of them are listed as background too.
    await expect(page.locator("button.term")).toHaveCount(briefing.glossary.length);
    const list = page.locator("section#background");
    await expect(list).toContainText("it is not from the report");
    for (const g of briefing.glossary) await expect(list).toContainText(g.definition);
  });

  test("the home page lists and links every briefing", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: new RegExp(briefing.title) }).click();
    await expect(page).toHaveURL(new RegExp(`/${SLUG}$`));
  });
});

test.describe("metadata", () => {
  test("canonical, Open Graph, Twitter card, manifest, sitemap and robots", async ({
    page,
    request,
  }) => {
    await page.goto(`/${SLUG}`);
    await expect(page).toHaveTitle(new RegExp(briefing.title));
    const meta = (selector: string) => page.locator(selector).getAttribute("content");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(
      new RegExp(`/${SLUG}$`),
    );
    expect(await meta('meta[property="og:type"]')).toBe("article");
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const image = await meta('meta[property="og:image"]');
    const imagePath = new URL(image!).pathname + new URL(image!).search;
    const png = await request.get(imagePath);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await request.get("/manifest.webmanifest")).ok()).toBe(true);
    expect(await (await request.get("/sitemap.xml")).text()).toContain(`/${SLUG}</loc>`);
    expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
    expect((await request.get("/no-such-briefing")).status()).toBe(404);
  });
});
