import type { Page } from "@playwright/test";
import { expect, PHONE_ONLY, test } from "./fixtures";
import { listsOf } from "../test/support/quiz-responses";
import { answer, quiz, SLUG } from "./quiz-helpers";

// The first question of the quiz is on screen in the prerendered HTML, long before a slow
// phone has hydrated the form. Its options must be visible in the first frame that shows it,
// in the order they keep for the whole attempt (components/quiz/quiz-form.tsx).

const [first, second] = quiz.questions;
const total = quiz.questions.length;

/** One change in what a frame shows of one question, as seen from requestAnimationFrame. */
type Seen = {
  id: string;
  frame: number;
  /** ms since navigation start (performance.now()). */
  at: number;
  heading: boolean;
  options: boolean;
  order: string;
};

declare global {
  interface Window {
    __frames?: Seen[];
  }
}

/**
 * Records, every frame from the first one on, whether each question's heading and options
 * are rendered visible and in which order the options are. rAF callbacks run in the same
 * rendering update that paints the frame, so what they see is what that frame shows. Only
 * changes are kept, so a slow phone does not spend its frames on the probe.
 */
async function probeFrames(page: Page, ids: string[]) {
  await page.addInitScript((questionIds: string[]) => {
    if (window.top !== window) return;
    const seen: Seen[] = (window.__frames = []);
    const last = new Map<string, string>();
    const shown = (el: Element | null | undefined) =>
      !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    let frame = 0;
    const tick = () => {
      frame++;
      for (const id of questionIds) {
        const box = document.getElementById(`q-${id}`);
        const options = box?.querySelector(".quiz-options");
        const texts = options ? [...options.querySelectorAll("label, option")] : [];
        const state = {
          heading: shown(box?.querySelector("h2")),
          // Present and rendered visible (not display:none, not visibility:hidden).
          options: texts.length > 0 && shown(options),
          order: texts.map((el) => el.textContent?.trim() ?? "").join(" | "),
        };
        const key = JSON.stringify(state);
        if (last.get(id) !== key) {
          last.set(id, key);
          seen.push({ id, frame, at: Math.round(performance.now()), ...state });
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, ids);
}

/**
 * A frame's order, read against the final one: at 6x slowdown a frame can land while the
 * streamed HTML is mid-parse, so the last label exists but its text does not yet ("Reuters |
 * Axios | The New York Times | "). A label still empty is not a move; one with other text is.
 */
function asParsed(order: string, final: string): string {
  const shown = order.split(" | ");
  const want = final.split(" | ");
  if (shown.length !== want.length) return order;
  return shown.every((text, i) => text === "" || text === want[i]) ? final : order;
}

const orderOf = async (page: Page, id: string) =>
  (await page.locator(`#q-${id} .quiz-options`).locator("label, option").allTextContents())
    .map((text) => text.trim())
    .join(" | ");

test(
  "at 6x CPU slowdown the first question shows with its options, in their final order",
  PHONE_ONLY,
  async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    await probeFrames(page, [first!.id, second!.id]);

    await page.goto(`/${SLUG}/quiz`);
    // Hydrated: the attempt id exists, and with it the one-at-a-time form (noValidate).
    await expect(page.locator("form[novalidate]")).toBeAttached({ timeout: 30_000 });
    const hydrated = await orderOf(page, first!.id);

    // To question 2 and back: both orders must hold still.
    await answer(page, first!, true);
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByText(`2 of ${total}`, { exact: true })).toBeVisible();
    await expect(page.locator(`#q-${second!.id} .quiz-options`)).toBeVisible();
    const secondOrder = await orderOf(page, second!.id);
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByText(`1 of ${total}`, { exact: true })).toBeVisible();
    const afterBack = await orderOf(page, first!.id);

    const seen = await page.evaluate(() => window.__frames ?? []);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    const ofFirst = seen.filter((s) => s.id === first!.id);
    const headingFrame = ofFirst.find((s) => s.heading);
    const optionsFrame = ofFirst.find((s) => s.heading && s.options);
    // The numbers, for the report and for comparing runs.
    const summary = {
      firstHeadingFrame: headingFrame && { frame: headingFrame.frame, ms: headingFrame.at },
      firstOptionsFrame: optionsFrame && { frame: optionsFrame.frame, ms: optionsFrame.at },
      changes: seen,
    };
    test.info().annotations.push({ type: "frames", description: JSON.stringify(summary) });
    console.log(
      `first paint: heading in frame ${headingFrame?.frame} (${headingFrame?.at} ms), ` +
        `options in frame ${optionsFrame?.frame} (${optionsFrame?.at} ms)\n` +
        seen.map((s) => `  ${s.id} #${s.frame} ${s.at} ms ${JSON.stringify(s)}`).join("\n"),
    );

    expect(headingFrame, "a frame showed the first question").toBeDefined();
    expect(headingFrame!.options, "its options are visible in that same frame").toBe(true);
    expect(asParsed(headingFrame!.order, hydrated), "in the order they have after hydration").toBe(
      hydrated,
    );
    expect(afterBack, "and after question 2 and back").toBe(hydrated);
    // Never moved: every frame that showed the options showed them in that one order.
    const shownOrders = new Set(
      ofFirst.filter((s) => s.options).map((s) => asParsed(s.order, hydrated)),
    );
    expect([...shownOrders]).toEqual([hydrated]);
    // Question 2 was shuffled before it was first shown: it too never moved on screen.
    const secondShown = seen.filter((s) => s.id === second!.id && s.options);
    expect(secondShown.length).toBeGreaterThan(0);
    expect(new Set(secondShown.map((s) => asParsed(s.order, secondOrder)))).toEqual(
      new Set([secondOrder]),
    );
  },
);

test(
  "the questions after the first are still shuffled per attempt",
  PHONE_ONLY,
  async ({ browser }) => {
    const firsts = new Set<string>();
    const seconds = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`/${SLUG}/quiz`);
      await expect(page.locator("form[novalidate]")).toBeAttached();
      firsts.add(await orderOf(page, first!.id));
      await answer(page, first!, true);
      await page.getByRole("button", { name: "Next" }).click();
      await expect(page.getByText(`2 of ${total}`, { exact: true })).toBeVisible();
      seconds.add(await orderOf(page, second!.id));
      await context.close();
    }
    // The first question keeps authored order for everyone (it is on screen before any script
    // runs); every later one differs between attempts.
    // (Its options are labels: the quiz starts with a single-choice question.)
    const authored = (listsOf(first!).options ?? []).map((o) => o.text).join(" | ");
    expect([...firsts]).toEqual([authored]);
    expect(seconds.size).toBeGreaterThan(1);
  },
);
