import { expect, takeCspViolations, test } from "./fixtures";
import { LTI_ISSUER } from "./ports";
import { SLUG } from "./quiz-helpers";

// The headers from lib/security/headers.ts on every kind of response, the prerendered pages
// still static, and the policy (and the watcher in fixtures.ts) doing its job in a browser.

const routes = [
  "/",
  `/${SLUG}`,
  `/${SLUG}/quiz`,
  "/signin",
  "/me",
  "/teach",
  "/c/ZZZZZZ",
  "/api/auth/session",
  "/teach/ZZZZZZ/results.csv",
  `/teach/export/${SLUG}-quiz.imscc`,
  "/no-such-page",
  "/manifest.webmanifest",
];

test("every kind of response carries the security headers", async ({ request }) => {
  for (const route of routes) {
    const response = await request.get(route, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, route).toContain("frame-ancestors 'none'");
    expect(csp, route).toContain("object-src 'none'");
    expect(csp, route).toContain("base-uri 'self'");
    expect(csp, route).toContain("default-src 'self'");
    expect(csp, route).not.toContain("nonce-");
    // The e2e server is a production build.
    expect(csp, route).not.toContain("unsafe-eval");
    expect(headers["strict-transport-security"], route).toMatch(/max-age=\d{8}/);
    expect(headers["x-content-type-options"], route).toBe("nosniff");
    expect(headers["referrer-policy"], route).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], route).toContain("camera=()");
    expect(headers["x-frame-options"], route).toBe("DENY");
  }
});

test("prerendered pages stay static with the policy (no per-request nonce)", async ({
  request,
}) => {
  for (const route of ["/", `/${SLUG}`, `/${SLUG}/quiz`]) {
    const response = await request.get(route);
    expect(response.headers()["x-nextjs-prerender"], route).toBeTruthy();
    expect(response.headers()["cache-control"], route).toContain("s-maxage");
  }
});

test("the policy blocks a third-party script and framing, and the watcher sees both", async ({
  page,
}) => {
  await page.goto(`/${SLUG}`);
  const loaded = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const script = document.createElement("script");
        script.src = "https://third-party.example/tracker.js";
        script.onload = () => resolve(true);
        script.onerror = () => resolve(false);
        document.body.append(script);
      }),
  );
  expect(loaded).toBe(false);
  await expect.poll(() => takeCspViolations().join("\n")).toContain("third-party.example");

  // Another site framing the briefing: the frame stays empty.
  await page.goto(`/${SLUG}`);
  await page.evaluate((src) => {
    const frame = document.createElement("iframe");
    frame.src = src;
    document.body.append(frame);
  }, `/${SLUG}`);
  await expect.poll(() => takeCspViolations().join("\n")).toContain("frame-ancestors");
});

test("the LTI pages may be framed by the registered LMS and nobody else", async ({ request }) => {
  for (const path of [
    "/lti/failed?why=state",
    "/lti/open?ticket=x",
    "/es/lti/failed?why=state",
    "/es/lti/open?ticket=x",
  ]) {
    const response = await request.get(path);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain(`frame-ancestors 'self' ${LTI_ISSUER};`);
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("default-src 'self'");
    expect(response.headers()["x-frame-options"], path).toBeUndefined();
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  // Everything else stays unframeable.
  const briefingPage = await request.get(`/${SLUG}`);
  expect(briefingPage.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});
