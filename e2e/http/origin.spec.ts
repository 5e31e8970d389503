import { expect, test } from "../fixtures";
import { callAction, formOf } from "./server-actions";
import { from, network } from "./networks";

// A state-changing request must come from a page of this site (proxy.ts): Origin the site's
// own, or, without Origin, Sec-Fetch-Site same-origin. Refusals are 403 with a plain page.

const SIGN_IN = "app/(en)/(account)/signin/actions.ts#continueAs";

async function post(baseURL: string, headers: Record<string, string>) {
  const who = await from(baseURL, network());
  const result = await callAction(who.http, baseURL, {
    page: "/signin",
    key: SIGN_IN,
    args: [null, formOf({ name: "Origin probe", from: "/" })],
    origin: headers.origin ?? null,
    headers,
  });
  await who.http.dispose();
  return { status: result.status, text: result.body };
}

test("a post from another site, or from no site at all, is refused with a 403 page", async ({
  baseURL,
}) => {
  const crossSite: Record<string, string>[] = [
    { origin: "https://attacker.example" },
    { origin: "null" },
    { origin: "http://localhost.attacker.example" },
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
  ];
  for (const headers of crossSite) {
    const { status, text } = await post(baseURL!, headers);
    expect(status, JSON.stringify(headers)).toBe(403);
    expect(text).toContain("This form was sent from another site");
  }
});

test("a post from this site's own pages goes through; so does one with no browser headers", async ({
  baseURL,
}) => {
  const own = new URL(baseURL!).origin;
  const sameSite: Record<string, string>[] = [
    { origin: own },
    { "sec-fetch-site": "same-origin" },
    {},
  ];
  for (const headers of sameSite) {
    const { status } = await post(baseURL!, headers);
    expect(status, JSON.stringify(headers)).toBeLessThan(400);
  }
});
