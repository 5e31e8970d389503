import { randomUUID } from "node:crypto";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { OIDC_NAME } from "./ports";

/** A user name no other test uses, so parallel tests never share an account. */
export const uniqueUser = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** Signs in through the test OIDC issuer's real redirects as `user`, then lands on /me. */
export async function signInWithOidc(page: Page, user: string) {
  // test/oidc/serve.ts reads who signs in from this cookie (cookies ignore the port).
  await page
    .context()
    .addCookies([{ name: "mock_oidc_user", value: user, domain: "localhost", path: "/" }]);
  await page.goto("/signin?from=/me");
  await page.getByRole("button", { name: `Continue with ${OIDC_NAME}` }).click();
  await page.waitForURL(/\/me$/);
  await expect(page.getByTestId("account")).toContainText(`Student ${user}`);
}

/** "Continue as…" with a display name, then lands on /me. */
export async function continueAs(page: Page, name: string) {
  await page.goto("/signin?from=/me");
  await page.getByLabel("Your name or a nickname").fill(name);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await page.waitForURL(/\/me$/);
  await expect(page.getByTestId("account")).toContainText(name);
}

export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
}
