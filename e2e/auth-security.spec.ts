import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { encode } from "next-auth/jwt";
import { continueAs, sessionCookie, uniqueUser } from "./auth-helpers";
import { SLUG, quiz, takeQuizOneByOne } from "./quiz-helpers";

// Production builds use the __Secure- name (the e2e server is a production build).
const SESSION = "__Secure-authjs.session-token";

// Headers that have tricked Next.js apps into skipping checks (x-middleware-subrequest,
// CVE-2025-29927) or that ask for a different rendering of the same route (RSC, prefetch).
const HEADER_SETS: Record<string, string>[] = [
  {},
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { RSC: "1" },
  { RSC: "1", "Next-Router-Prefetch": "1" },
];

/**
 * GET that follows redirects itself, sending the same headers (cookie included) at every hop:
 * Next sends RSC requests on to `?_rsc=<hash>`, and a client that dropped the cookie there
 * would test nothing.
 */
async function get(api: APIRequestContext, url: string, headers: Record<string, string>) {
  for (let hop = 0; hop < 5; hop++) {
    const res = await api.get(url, { headers, maxRedirects: 0 });
    const location = res.headers()["location"];
    if (res.status() < 300 || res.status() >= 400 || !location) return res;
    url = location;
  }
  throw new Error(`too many redirects for ${url}`);
}

test("no session, a forged one, or Next's internal headers never return another user's data", async ({
  page,
  playwright,
  baseURL,
}) => {
  // The victim: signed in ("Continue as…") with one attempt.
  const victim = `Victim ${uniqueUser("v")}`;
  await page.goto(`/${SLUG}/quiz`);
  await takeQuizOneByOne(page, quiz.questions, new Set([quiz.questions[3]!.id]));
  const result = new URL(page.url()).pathname;
  const attemptId = result.split("/").pop()!;
  await continueAs(page, victim);
  const real = (await sessionCookie(page.context()))!;

  // Forgeries: garbage, a token for the victim's id sealed with the wrong secret, and a
  // tampered anonymous-id cookie.
  const wrongSecret = await encode({
    token: { uid: `local:${victim.toLowerCase()}`, name: victim, sub: "x" },
    secret: "not-the-server-secret-not-the-server-secret",
    salt: SESSION,
  });
  const cookieSets: Record<string, string | undefined> = {
    none: undefined,
    garbage: `${SESSION}=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..x.y.z`,
    "wrong secret": `${SESSION}=${wrongSecret}`,
    "alg none": `${SESSION}=${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ uid: `local:${victim.toLowerCase()}` })).toString("base64url")}.`,
    "tampered anonymous id": "bq_anon=anon:00000000-0000-4000-8000-000000000000.forged",
  };

  const api = await playwright.request.newContext({ baseURL });
  for (const [label, cookie] of Object.entries(cookieSets)) {
    for (const headers of HEADER_SETS) {
      const sent = { ...headers, ...(cookie ? { cookie } : {}) };
      const me = await get(api, "/me", sent);
      const meBody = await me.text();
      expect(meBody, `/me with ${label} ${JSON.stringify(headers)}`).not.toContain(attemptId);
      expect(meBody).not.toContain(victim);
      const res = await get(api, result, sent);
      // An RSC request gets the not-found payload with 200; a page request gets a 404.
      if (!headers.RSC) expect(res.status(), `result with ${label}`).toBe(404);
      expect(await res.text(), `result with ${label} ${JSON.stringify(headers)}`).not.toContain(
        quiz.questions[3]!.explanation,
      );
    }
  }

  // The control: the same requests with the victim's real cookie do show the data, so the
  // assertions above can fail.
  const own = { cookie: `${SESSION}=${real.value}` };
  expect(await (await get(api, "/me", own)).text()).toContain(attemptId);
  expect(await (await get(api, "/me", { ...own, RSC: "1" })).text()).toContain(attemptId);
  const mine = await get(api, result, own);
  expect(mine.status()).toBe(200);
  expect(await mine.text()).toContain(quiz.questions[3]!.explanation);
  const mineRsc = await get(api, result, { ...own, RSC: "1" });
  expect(await mineRsc.text()).toContain(quiz.questions[3]!.explanation);
  await api.dispose();
});
