import { afterEach, describe, expect, it } from "vitest";
import { startLmsSimulator } from "@/test/lti/lms-simulator";
import { testPlatform } from "@/test/support/lti-platform";
import { bindingOf, signLoginState } from "./login-state";
import { platformKeys } from "./platform-keys";
import { verifyLaunch } from "./verify-launch";

// Launches checked against the keys a platform serves at its JWKS URL, over HTTP: fetched
// once and kept, fetched again when a launch names a kid the set does not hold.

const simulators: Awaited<ReturnType<typeof startLmsSimulator>>[] = [];
afterEach(async () => {
  for (const s of simulators.splice(0)) await s.close();
});

describe("a platform's keys", () => {
  it("are fetched once, kept, and fetched again for a new kid", async () => {
    const signer = await testPlatform();
    const lms = await startLmsSimulator({
      toolJwks: () => ({ keys: [] }),
      clientId: signer.platform.clientId,
      platformJwks: signer.jwks,
    });
    simulators.push(lms);
    const platform = { ...signer.platform, issuer: lms.origin, jwksUrl: `${lms.origin}/jwks` };
    const keys = platformKeys(platform, { cooldownMs: 0, maxAgeMs: 60_000, timeoutMs: 2_000 });
    const seen = new Set<string>();
    const launch = async (key: "published" | "unpublished") => {
      const now = Date.now();
      const nonce = crypto.randomUUID();
      const state = await signLoginState(
        {
          issuer: platform.issuer,
          clientId: platform.clientId,
          nonce,
          binding: await bindingOf("b"),
        },
        "secret",
        now,
      );
      const idToken = await signer.sign(signer.learnerLaunch(nonce), {
        now,
        key,
        iss: platform.issuer,
      });
      return verifyLaunch(
        { idToken, state, browserSecret: "b" },
        {
          platforms: [platform],
          keysOf: () => keys,
          nonces: { useLtiNonce: async (k) => !seen.has(k) && Boolean(seen.add(k)) },
          secret: "secret",
          now,
        },
      );
    };
    expect(await launch("published")).toMatchObject({ ok: true });
    expect(await launch("published")).toMatchObject({ ok: true });
    expect(lms.jwksRequests()).toBe(1);
    // The platform rotates: a launch with its new kid makes us fetch the set again.
    expect(await launch("unpublished")).toMatchObject({ ok: false, failure: "unknown-key" });
    signer.publishNewKey();
    expect(await launch("unpublished")).toMatchObject({ ok: true });
    expect(lms.jwksRequests()).toBe(3);
  });
});
