// What a phone actually downloads for a page: every response Chromium receives on load,
// by kind, decoded ("raw") and as transferred (gzip from `next start`).
import { chromium, devices, type Page } from "@playwright/test";

export type Bytes = { raw: number; gzip: number };
export type PageBytes = { html: Bytes; js: Bytes; css: Bytes };

/** `then`: something the reader does after the load (its downloads count too). */
export async function pageBytes(
  url: string,
  cookie?: string,
  then?: (page: Page) => Promise<unknown>,
): Promise<PageBytes> {
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-background-networking", "--disable-component-update"],
  });
  try {
    const context = await browser.newContext({ ...devices["Pixel 7"] });
    if (cookie) {
      await context.addCookies(
        cookie.split("; ").map((pair) => {
          const eq = pair.indexOf("=");
          return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url };
        }),
      );
    }
    const page = await context.newPage();
    const totals: PageBytes = {
      html: { raw: 0, gzip: 0 },
      js: { raw: 0, gzip: 0 },
      css: { raw: 0, gzip: 0 },
    };
    const pending: Promise<void>[] = [];
    page.on("response", (res) => {
      const type = res.request().resourceType();
      const kind =
        type === "document"
          ? "html"
          : type === "script"
            ? "js"
            : type === "stylesheet"
              ? "css"
              : undefined;
      if (!kind || res.status() >= 300) return;
      pending.push(
        (async () => {
          const body = await res.body().catch(() => Buffer.alloc(0));
          const sizes = await res.request().sizes();
          totals[kind].raw += body.length;
          totals[kind].gzip += sizes.responseBodySize;
        })(),
      );
    });
    await page.goto(url, { waitUntil: "networkidle" });
    if (then) {
      await then(page);
      await page.waitForLoadState("networkidle");
      // networkidle already held after the load: give the fetch it started time to begin.
      await page.waitForTimeout(500);
      await page.waitForLoadState("networkidle");
    }
    await Promise.all(pending);
    return totals;
  } finally {
    await browser.close();
  }
}
