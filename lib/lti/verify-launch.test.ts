import { describe, expect, it } from "vitest";
import { PLATFORM, testPlatform } from "@/test/support/lti-platform";
import { CLAIM, isInstructor } from "./claims";
import type { LtiPort } from "./lti-port";
import { bindingOf, signLoginState } from "./login-state";
import { verifyLaunch, type LaunchFailure } from "./verify-launch";

// Every check of an LTI launch, each broken on its own: the launch ends on the named failure
// and nothing is stored (the nonce is recorded only by a launch that passed every check).

const NOW = Date.UTC(2026, 11, 2, 10, 0);
const SECRET = "test-secret-for-login-states";

function memoryNonces() {
  const seen = new Map<string, number>();
  const port: Pick<LtiPort, "useLtiNonce"> = {
    async useLtiNonce(key, expiresAt, now) {
      if ((seen.get(key) ?? 0) > now) return false;
      seen.set(key, expiresAt);
      return true;
    },
  };
  return { port, seen };
}

async function setup() {
  const lms = await testPlatform();
  const nonces = memoryNonces();
  const browserSecret = "the-browser-that-started-the-login";
  const nonce = crypto.randomUUID();
  const login = {
    issuer: PLATFORM.issuer,
    clientId: PLATFORM.clientId,
    nonce,
    binding: await bindingOf(browserSecret),
  };
  const state = await signLoginState(login, SECRET, NOW);
  const deps = {
    platforms: [PLATFORM],
    keysOf: () => lms.keys(),
    nonces: nonces.port,
    secret: SECRET,
    now: NOW,
  };
  const launch = async (
    idToken: string,
    over: Partial<{ state: string; browserSecret: string | undefined; now: number }> = {},
  ) => verifyLaunch({ idToken, state, browserSecret, ...over }, { ...deps, now: over.now ?? NOW });
  return { lms, nonces, nonce, state, launch, login };
}

describe("an LTI launch", () => {
  it("passes with a learner's launch signed by the platform, keeping only what we need", async () => {
    const { lms, nonce, launch, nonces } = await setup();
    const result = await launch(await lms.sign(lms.learnerLaunch(nonce), { now: NOW }));
    expect(result).toMatchObject({
      ok: true,
      launch: {
        kind: "LtiResourceLinkRequest",
        platform: PLATFORM,
        claims: { sub: "lms-user-42", given_name: "Ada" },
      },
    });
    if (!result.ok) throw new Error("launch failed");
    expect(result.launch.claims).not.toHaveProperty("email");
    expect(isInstructor(result.launch.claims[CLAIM.roles])).toBe(false);
    expect(nonces.seen.size).toBe(1);
  });

  // Each row breaks one thing; the launch must end on that failure with nothing stored.
  const broken: [
    string,
    LaunchFailure,
    (s: Awaited<ReturnType<typeof setup>>) => Promise<string | [string, object]>,
  ][] = [
    [
      "a bad signature",
      "signature",
      async ({ lms, nonce }) => {
        const token = await lms.sign(lms.learnerLaunch(nonce), { now: NOW });
        const [head, body, sig] = token.split(".");
        return `${head}.${body}.${sig!.slice(0, -4)}AAAA`;
      },
    ],
    [
      "a key the platform does not publish",
      "unknown-key",
      ({ lms, nonce }) => lms.sign(lms.learnerLaunch(nonce), { now: NOW, key: "unpublished" }),
    ],
    [
      "another issuer",
      "issuer",
      ({ lms, nonce }) =>
        lms.sign(lms.learnerLaunch(nonce), { now: NOW, iss: "https://evil.example" }),
    ],
    [
      "another tool's audience",
      "audience",
      ({ lms, nonce }) => lms.sign(lms.learnerLaunch(nonce), { now: NOW, aud: "someone-else" }),
    ],
    [
      "several audiences and no azp",
      "audience",
      ({ lms, nonce }) =>
        lms.sign(lms.learnerLaunch(nonce), { now: NOW, aud: [PLATFORM.clientId, "other"] }),
    ],
    [
      "an azp naming another party",
      "audience",
      ({ lms, nonce }) => lms.sign({ ...lms.learnerLaunch(nonce), azp: "other" }, { now: NOW }),
    ],
    [
      "an expired token",
      "expired",
      ({ lms, nonce }) => lms.sign(lms.learnerLaunch(nonce), { now: NOW - 20 * 60_000 }),
    ],
    [
      "a token issued in the future",
      "issued-in-future",
      ({ lms, nonce }) => lms.sign(lms.learnerLaunch(nonce), { now: NOW + 10 * 60_000 }),
    ],
    [
      "another nonce",
      "nonce",
      ({ lms }) => lms.sign(lms.learnerLaunch("not-the-nonce-we-asked-for"), { now: NOW }),
    ],
    [
      "an unknown deployment",
      "deployment",
      ({ lms, nonce }) =>
        lms.sign(
          { ...lms.learnerLaunch(nonce), [CLAIM.deploymentId]: "deployment-9" },
          { now: NOW },
        ),
    ],
    [
      "another message type",
      "message-type",
      ({ lms, nonce }) =>
        lms.sign(
          { ...lms.learnerLaunch(nonce), [CLAIM.messageType]: "LtiSubmissionReviewRequest" },
          { now: NOW },
        ),
    ],
    [
      "another LTI version",
      "version",
      ({ lms, nonce }) =>
        lms.sign({ ...lms.learnerLaunch(nonce), [CLAIM.version]: "1.1" }, { now: NOW }),
    ],
    [
      "no resource link",
      "claims",
      ({ lms, nonce }) =>
        lms.sign({ ...lms.learnerLaunch(nonce), [CLAIM.resourceLink]: undefined }, { now: NOW }),
    ],
    [
      "no subject (an anonymous launch)",
      "claims",
      ({ lms, nonce }) => lms.sign({ ...lms.learnerLaunch(nonce), sub: undefined }, { now: NOW }),
    ],
    ["not a token at all", "unreadable", async () => "not.a.token"],
    [
      "a state from another browser",
      "state",
      async ({ lms, nonce }) => [
        await lms.sign(lms.learnerLaunch(nonce), { now: NOW }),
        { browserSecret: "another-browser" },
      ],
    ],
    [
      "no browser secret (a frame without storage)",
      "state",
      async ({ lms, nonce }) => [
        await lms.sign(lms.learnerLaunch(nonce), { now: NOW }),
        { browserSecret: undefined },
      ],
    ],
    [
      "a forged state",
      "state",
      async ({ lms, nonce, login }) => [
        await lms.sign(lms.learnerLaunch(nonce), { now: NOW }),
        { state: await signLoginState(login, "not-our-secret", NOW) },
      ],
    ],
    [
      "an expired state",
      "state",
      async ({ lms, nonce }) => [
        await lms.sign(lms.learnerLaunch(nonce), { now: NOW + 11 * 60_000 }),
        { now: NOW + 11 * 60_000 },
      ],
    ],
    [
      "a state for an unregistered platform",
      "unknown-platform",
      async ({ lms, nonce, login }) => [
        await lms.sign(lms.learnerLaunch(nonce), { now: NOW }),
        { state: await signLoginState({ ...login, clientId: "unknown" }, SECRET, NOW) },
      ],
    ],
  ];

  it.each(broken)("fails on %s, naming it, with nothing stored", async (_, failure, make) => {
    const s = await setup();
    const made = await make(s);
    const [token, over] = typeof made === "string" ? [made, {}] : made;
    const result = await s.launch(token, over);
    expect(result).toMatchObject({ ok: false, failure });
    expect(s.nonces.seen.size).toBe(0);
  });

  it("refuses a replayed launch", async () => {
    const { lms, nonce, launch } = await setup();
    const token = await lms.sign(lms.learnerLaunch(nonce), { now: NOW });
    expect((await launch(token)).ok).toBe(true);
    expect(await launch(token)).toMatchObject({ ok: false, failure: "replayed" });
  });

  it("accepts a key the platform starts publishing (a rotation), found by its kid", async () => {
    const { lms, nonce, launch } = await setup();
    const token = await lms.sign(lms.learnerLaunch(nonce), { now: NOW, key: "unpublished" });
    expect(await launch(token)).toMatchObject({ ok: false, failure: "unknown-key" });
    lms.publishNewKey();
    expect(await launch(token)).toMatchObject({ ok: true });
  });

  it("tells an instructor from a learner, and an unknown role is a learner", () => {
    const lis = "http://purl.imsglobal.org/vocab/lis/v2/";
    expect(isInstructor([`${lis}membership#Instructor`])).toBe(true);
    expect(isInstructor([`${lis}membership#Learner`])).toBe(false);
    expect(isInstructor([`${lis}institution/person#Faculty`])).toBe(false);
    expect(isInstructor(["Instructor"])).toBe(false);
    expect(isInstructor([])).toBe(false);
  });
});
