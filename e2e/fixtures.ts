import { test as base, expect, type BrowserContext } from "@playwright/test";

// Every spec imports `test` from here (eslint enforces it) so that a Content-Security-Policy
// violation anywhere fails the test that caused it: Chromium reports each one on the console,
// with JavaScript on or off. Contexts a test makes itself (`browser.newContext`) are watched too.

const watched = new WeakSet<BrowserContext>();
let violations: string[] = [];

function watch(context: BrowserContext) {
  if (watched.has(context)) return;
  watched.add(context);
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      violations.push(`${message.location().url}: ${message.text()}`);
    }
  });
}

/** What the watcher caught so far in this test, emptied: for a test that provokes one. */
export function takeCspViolations(): string[] {
  const caught = violations;
  violations = [];
  return caught;
}

export const test = base.extend<{ cspGuard: void }, { watchedBrowser: void }>({
  watchedBrowser: [
    async ({ browser }, provide) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        watch(context);
        return context;
      };
      await provide();
    },
    { scope: "worker", auto: true },
  ],
  context: async ({ context }, provide) => {
    watch(context);
    await provide(context);
  },
  cspGuard: [
    async ({}, provide) => {
      violations = [];
      await provide();
      expect(takeCspViolations(), "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * For a flow whose logic does not depend on the screen (idempotency, drafts, offline): it runs
 * on the phone only (playwright.config.ts), keeping the suite's time for what differs.
 */
export const PHONE_ONLY = { tag: "@phone-only" };

export { expect };
