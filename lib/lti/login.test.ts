import { describe, expect, it } from "vitest";
import { PLATFORM, testPlatform } from "@/test/support/lti-platform";
import { startLogin } from "./login";
import type { LtiPort } from "./lti-port";
import { verifyLaunch } from "./verify-launch";

const NOW = Date.UTC(2026, 11, 2, 10, 0);
const ORIGIN = "https://quiz.example";
let counter = 0;
const deps = {
  platforms: [PLATFORM],
  secret: "login-test-secret",
  now: NOW,
  origin: ORIGIN,
  random: () => `random-${++counter}`,
};
const initiation = {
  iss: PLATFORM.issuer,
  login_hint: "user-hint-1",
  target_link_uri: `${ORIGIN}/lti/launch`,
  lti_message_hint: "message-hint-1",
  client_id: PLATFORM.clientId,
};

describe("LTI login initiation", () => {
  it("sends a registered platform's browser back to its authorization endpoint", async () => {
    const start = await startLogin(initiation, deps);
    if (!start.ok) throw new Error(start.failure);
    const url = new URL(start.redirect);
    expect(`${url.origin}${url.pathname}`).toBe(PLATFORM.authLoginUrl);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: PLATFORM.clientId,
      redirect_uri: `${ORIGIN}/lti/launch`,
      login_hint: "user-hint-1",
      lti_message_hint: "message-hint-1",
    });
    expect(url.searchParams.get("nonce")).toBeTruthy();
    expect(start.storage).toBeUndefined();
    // A storage target that is no frame name is ignored, not a failed login.
    const odd = await startLogin({ ...initiation, lti_storage_target: "x'y;z" }, deps);
    expect(odd).toMatchObject({ ok: true });
    expect((odd as { storage?: unknown }).storage).toBeUndefined();
  });

  it("round-trips: the platform's launch with our nonce and state passes, once", async () => {
    const lms = await testPlatform();
    const start = await startLogin({ ...initiation, lti_storage_target: "_parent" }, deps);
    if (!start.ok) throw new Error(start.failure);
    expect(start.storage).toEqual({
      target: "_parent",
      origin: new URL(PLATFORM.authLoginUrl).origin,
    });
    const query = new URL(start.redirect).searchParams;
    const idToken = await lms.sign(lms.learnerLaunch(query.get("nonce")!), { now: NOW });
    const seen = new Set<string>();
    const nonces: Pick<LtiPort, "useLtiNonce"> = {
      useLtiNonce: async (key) => !seen.has(key) && Boolean(seen.add(key)),
    };
    const launchDeps = { ...deps, keysOf: () => lms.keys(), nonces };
    const launch = { idToken, state: query.get("state")!, browserSecret: start.browserSecret };
    expect(await verifyLaunch(launch, launchDeps)).toMatchObject({ ok: true });
    expect(await verifyLaunch(launch, launchDeps)).toMatchObject({ failure: "replayed" });
  });

  it.each([
    ["a missing login hint", { login_hint: undefined }, "login-params"],
    ["an issuer that is not a URL", { iss: "moodle" }, "login-params"],
    ["an unregistered issuer", { iss: "https://other.example" }, "unknown-platform"],
    ["another client id", { client_id: "someone-else" }, "unknown-platform"],
    ["an unregistered deployment", { lti_deployment_id: "deployment-9" }, "deployment"],
    [
      "a target on another site (an open redirect)",
      { target_link_uri: "https://evil.example/x" },
      "target",
    ],
  ])("refuses %s", async (_, change, failure) => {
    expect(await startLogin({ ...initiation, ...change }, deps)).toEqual({ ok: false, failure });
  });
});
