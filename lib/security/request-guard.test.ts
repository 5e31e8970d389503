import { describe, expect, it } from "vitest";
import {
  CROSS_SITE,
  refuseActionBody,
  refuseByHeaders,
  sameSite,
  TOO_LARGE,
  UNREADABLE_FORM,
  UNREADABLE_PATH,
  type GuardInput,
} from "./request-guard";

const post = (headers: Record<string, string>, extra: Partial<GuardInput> = {}): GuardInput => ({
  method: "POST",
  rawPath: "/signin",
  headers: new Headers({ host: "briefings.example", ...headers }),
  siteOrigin: undefined,
  forwardedTrusted: false,
  ...extra,
});
const LIMIT = 16 * 1024;

describe("the proxy's refusals by headers", () => {
  it("answers 400 to a path that cannot be decoded, whatever the method", () => {
    for (const rawPath of ["/c/%ff%fe", "/%E0%A4%A", "/%"]) {
      expect(refuseByHeaders({ ...post({}), method: "GET", rawPath }, LIMIT)).toEqual(
        UNREADABLE_PATH,
      );
    }
    expect(
      refuseByHeaders({ ...post({}), method: "GET", rawPath: "/c/%C3%A9" }, LIMIT),
    ).toBeUndefined();
  });

  it("lets reads through, and Auth.js's endpoints (they check their own token)", () => {
    const foreign = { origin: "https://attacker.example" };
    expect(refuseByHeaders({ ...post(foreign), method: "GET" }, LIMIT)).toBeUndefined();
    expect(
      refuseByHeaders(post(foreign, { rawPath: "/api/auth/callback/oidc" }), LIMIT),
    ).toBeUndefined();
    // An LMS posts LTI logins and launches from its own site; they carry their own proofs.
    for (const rawPath of ["/lti/login", "/lti/launch"]) {
      expect(refuseByHeaders(post(foreign, { rawPath }), LIMIT), rawPath).toBeUndefined();
    }
    // Nothing else under /lti, nor a look-alike path.
    for (const rawPath of ["/lti/login/x", "/lti/launchx", "/x/lti/launch"]) {
      expect(refuseByHeaders(post(foreign, { rawPath }), LIMIT), rawPath).toEqual(CROSS_SITE);
    }
  });

  it("refuses a post from another site: Origin, or Sec-Fetch-Site without it", () => {
    const refused: Record<string, string>[] = [
      { origin: "https://attacker.example" },
      { origin: "null" },
      { origin: "https://briefings.example.attacker.example" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of refused) {
      expect(refuseByHeaders(post(headers), LIMIT), JSON.stringify(headers)).toEqual(CROSS_SITE);
    }
  });

  it("accepts this site's own origin, by Host or by SITE_URL, and a sender that is no browser", () => {
    expect(sameSite(post({ origin: "https://briefings.example" }))).toBe(true);
    expect(sameSite(post({ origin: "http://briefings.example" }))).toBe(true);
    expect(sameSite(post({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(sameSite(post({}))).toBe(true);
    const behindProxy = post({ host: "10.0.0.5:3000", origin: "https://www.example.org" });
    expect(sameSite({ ...behindProxy, siteOrigin: "https://www.example.org" })).toBe(true);
  });

  it("believes X-Forwarded-Host only from a trusted proxy", () => {
    const forged = { origin: "https://attacker.example", "x-forwarded-host": "attacker.example" };
    expect(sameSite(post(forged))).toBe(false);
    expect(sameSite(post(forged, { forwardedTrusted: true }))).toBe(true);
  });

  it("answers 413 to a declared length over the limit", () => {
    expect(refuseByHeaders(post({ "content-length": String(LIMIT + 1) }), LIMIT)).toEqual(
      TOO_LARGE,
    );
    expect(refuseByHeaders(post({ "content-length": String(LIMIT) }), LIMIT)).toBeUndefined();
  });
});

describe("the proxy's refusals of action bodies", () => {
  const multipart = async (form: FormData) => {
    const response = new Response(form);
    return {
      type: response.headers.get("content-type")!,
      body: await response.arrayBuffer(),
    };
  };

  it("takes React's encoding of a form from JavaScript, and a plain form without it", async () => {
    const js = new FormData();
    js.set("0", '[null,"$K1"]');
    js.set("1_name", "Sam");
    const { type, body } = await multipart(js);
    expect(await refuseActionBody(type, body, true)).toBeUndefined();
    const plain = new FormData();
    plain.set("$ACTION_ID_abc", "");
    plain.set("name", "Sam");
    const noJs = await multipart(plain);
    expect(await refuseActionBody(noJs.type, noJs.body, false)).toBeUndefined();
  });

  it("refuses anything else with a 400: not multipart, unparseable, no arguments, control characters", async () => {
    const text = new TextEncoder().encode("null").buffer;
    expect(await refuseActionBody("text/plain", text, true)).toEqual(UNREADABLE_FORM);
    expect(await refuseActionBody("multipart/form-data; boundary=x", text, true)).toEqual(
      UNREADABLE_FORM,
    );
    const noRoot = new FormData();
    noRoot.set("name", "Sam");
    const a = await multipart(noRoot);
    expect(await refuseActionBody(a.type, a.body, true)).toEqual(UNREADABLE_FORM);
    const control = new FormData();
    control.set("0", "[]");
    control.set("\u0001", "x");
    const b = await multipart(control);
    expect(await refuseActionBody(b.type, b.body, true)).toEqual(UNREADABLE_FORM);
  });
});
