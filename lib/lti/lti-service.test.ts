import { createLocalJWKSet, exportPKCS8, generateKeyPair, jwtVerify } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { freshStore, someSlug } from "@/test/support/class-services";
import { PLATFORM, testPlatform } from "@/test/support/lti-platform";
import { ltiArrivals } from "./arrivals";
import { CLAIM } from "./claims";
import { ltiService, type LtiBrowser } from "./lti-service";
import { allPlatforms } from "./platforms";
import type { Platform } from "@/lib/env/lti-platforms";
import { startLmsSimulator } from "@/test/lti/lms-simulator";
import { toolKeysFromPem } from "./tool-keys";

// The whole LTI path through the service, with a real store and a stand-in platform: login,
// launch, landing (top level and inside a frame), the instructor's ticket, the picker.

const ORIGIN = "https://quiz.example";
const REGISTRATION_KEY = "k".repeat(32);
const LIS = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
const stores: ReturnType<typeof freshStore>[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A login initiation as a platform sends it: ours by default, with anything else given. */
const initiation = (over: Record<string, string> = {}) => ({
  iss: PLATFORM.issuer,
  login_hint: "h",
  target_link_uri: `${ORIGIN}/lti/launch`,
  client_id: PLATFORM.clientId,
  ...over,
});

async function setup(configured: Platform[] = [PLATFORM]) {
  const store = freshStore();
  stores.push(store);
  const lms = await testPlatform();
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const keys = await toolKeysFromPem(await exportPKCS8(privateKey));
  const cookies: { loginSecret?: string; members: Map<string, string> } = { members: new Map() };
  const browser: LtiBrowser = {
    keepLoginSecret: async (secret) => void (cookies.loginSecret = secret),
    loginSecret: async () => cookies.loginSecret,
    becomeStudent: async (code, studentId) => void cookies.members.set(code, studentId),
  };
  let n = 0;
  const service = ltiService({
    platforms: async () => allPlatforms([PLATFORM], await store.listLtiPlatforms()),
    configured: () => configured,
    registrationKey: () => REGISTRATION_KEY,
    fetch,
    secret: () => "service-test-secret",
    store,
    arrivals: ltiArrivals({
      classes: store,
      lti: store,
      briefing: (slug) =>
        slug === someSlug() ? { title: "A briefing", easy: false, langs: ["en"] } : undefined,
      newCode: () => `CODE${++n}`,
    }),
    keysOf: () => lms.keys(),
    browser,
    random: () => `r-${++n}`,
    log: () => {},
    briefings: () => [
      { slug: someSlug(), title: "A briefing", easy: false, langs: ["en"], points: 21 },
    ],
    toolKeys: async () => keys,
  });
  /** A platform's launch for whatever login this browser last started. */
  async function launchAs(claims: (nonce: string) => Record<string, unknown>, inFrame = false) {
    const login = await service.login(initiation(), ORIGIN);
    const query = new URL((login as { redirect: string }).redirect).searchParams;
    const idToken = await lms.sign(claims(query.get("nonce")!), { now: Date.now() });
    // The LMS posts it: its page, not ours.
    const from = { inFrame, sameOrigin: false };
    return service.launch({ id_token: idToken, state: query.get("state")! }, from);
  }
  const learner = (nonce: string) => ({
    ...lms.learnerLaunch(nonce),
    [CLAIM.custom]: { slug: someSlug() },
  });
  return { service, store, cookies, keys, launchAs, learner, lms };
}

describe("the LTI service", () => {
  it("lands a learner in the activity's class, as the class's student", async () => {
    const { launchAs, learner, cookies } = await setup();
    const outcome = await launchAs(learner);
    expect(outcome).toEqual({ redirect: expect.stringMatching(/^\/c\/CODE\d+$/) });
    const code = (outcome as { redirect: string }).redirect.split("/").pop()!;
    expect(cookies.members.get(code)).toMatch(/^lti-/);
  });

  it("in a frame, hands a one-time ticket to a new tab instead", async () => {
    const { service, launchAs, learner, cookies } = await setup();
    const outcome = await launchAs(learner, true);
    expect(outcome).toEqual({ newTab: expect.any(String) });
    expect(cookies.members.size).toBe(0);
    const ticket = (outcome as { newTab: string }).newTab;
    // The link sent from elsewhere (to make someone else this student) does nothing.
    expect(await service.continueWith(ticket, { fromOurPage: false })).toEqual({
      failed: "ticket",
    });
    expect(cookies.members.size).toBe(0);
    expect(await service.continueWith(ticket, { fromOurPage: true })).toEqual({
      redirect: expect.stringMatching(/^\/c\//),
    });
    expect(cookies.members.size).toBe(1);
    expect(await service.continueWith(ticket, { fromOurPage: true })).toEqual({
      failed: "ticket",
    });
  });

  it("signs an instructor in once, through a ticket Auth.js spends", async () => {
    const { service, launchAs, learner } = await setup();
    const outcome = await launchAs((nonce) => ({
      ...learner(nonce),
      [CLAIM.roles]: [`${LIS}Instructor`],
    }));
    expect(outcome).toEqual({
      signIn: expect.any(String),
      to: expect.stringMatching(/^\/teach\/CODE\d+$/),
    });
    const ticket = (outcome as { signIn: string }).signIn;
    expect(await service.instructorOf(ticket)).toEqual({
      ownerId: expect.stringMatching(/^lti:/),
      name: expect.any(String),
    });
    expect(await service.instructorOf(ticket)).toBeUndefined();
  });

  it("opens the picker for a teacher's deep linking request, and answers the platform", async () => {
    const { service, launchAs, lms, keys } = await setup();
    const deepLink = (nonce: string, role = "Instructor") => ({
      ...lms.learnerLaunch(nonce),
      [CLAIM.messageType]: "LtiDeepLinkingRequest",
      [CLAIM.roles]: [`${LIS}${role}`],
      [CLAIM.deepLinking]: {
        deep_link_return_url: "https://lms.example/return",
        accept_types: ["ltiResourceLink"],
        accept_presentation_document_targets: ["iframe"],
        data: "platform-data",
      },
    });
    expect(await launchAs((nonce) => deepLink(nonce, "Learner"))).toEqual({
      failed: "picker-role",
    });
    const outcome = await launchAs((nonce) => deepLink(nonce));
    const session = (outcome as { picker: string }).picker;
    expect(await service.pickerChoices(session)).toHaveLength(1);
    expect(await service.pickerChoices("forged")).toBeUndefined();
    expect(await service.pick({ session, slug: "no-such-briefing" }, ORIGIN)).toEqual({
      failed: "picker-choice",
    });
    const answer = await service.pick(
      { session, slug: someSlug(), level: "easy", lang: "fr" },
      ORIGIN,
    );
    if ("failed" in answer) throw new Error(answer.failed);
    expect(answer.returnUrl).toBe("https://lms.example/return");
    const { payload } = await jwtVerify(answer.jwt, createLocalJWKSet(keys.jwks), {
      issuer: PLATFORM.clientId,
      audience: PLATFORM.issuer,
    });
    expect(payload["https://purl.imsglobal.org/spec/lti-dl/claim/data"]).toBe("platform-data");
    // Levels and languages the briefing does not have fall back, as for a class link.
    expect(payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]).toMatchObject([
      {
        custom: { slug: someSlug(), level: "standard", lang: "en" },
        lineItem: { scoreMaximum: 21 },
      },
    ]);
  });

  it("refuses a launch with no login started in this browser, and stores nothing", async () => {
    const { service, lms, store } = await setup();
    const idToken = await lms.sign(lms.learnerLaunch("n"), { now: Date.now() });
    const from = { inFrame: false, sameOrigin: false };
    expect(await service.launch({ id_token: idToken, state: "x" }, from)).toEqual({
      failed: "state",
    });
    expect(await store.listClasses("anyone", Date.now())).toEqual([]);
  });

  it("registers an LMS that opens our registration URL with our key, and then takes its logins", async () => {
    const { service, store, keys } = await setup();
    const lms = await startLmsSimulator({ toolJwks: () => keys.jwks, clientId: "unused" });
    try {
      const query = {
        openid_configuration: `${lms.origin}/openid-configuration`,
        registration_token: "reg-token",
      };
      // Without our key, or with another, nothing happens (a 404).
      for (const key of [undefined, "", "k".repeat(31), "x".repeat(32)]) {
        expect(await service.register({ ...query, key }, ORIGIN)).toEqual({ notFound: true });
      }
      expect(lms.registrations).toHaveLength(0);
      // An expired or wrong registration token: the LMS refuses, nothing is kept.
      expect(
        await service.register(
          { ...query, registration_token: "old", key: REGISTRATION_KEY },
          ORIGIN,
        ),
      ).toEqual({ failed: "registration-refused" });

      expect(await service.register({ ...query, key: REGISTRATION_KEY }, ORIGIN)).toEqual({
        registered: "simulator",
      });
      // What we told it: our endpoints, keys, the score scope, and that we read no e-mail.
      expect(lms.registrations[0]).toMatchObject({
        initiate_login_uri: `${ORIGIN}/lti/login`,
        redirect_uris: [`${ORIGIN}/lti/launch`],
        jwks_uri: `${ORIGIN}/lti/jwks`,
        token_endpoint_auth_method: "private_key_jwt",
        "https://purl.imsglobal.org/spec/lti-tool-configuration": {
          claims: ["iss", "sub", "given_name"],
        },
      });
      expect(await store.listLtiPlatforms()).toEqual([
        {
          issuer: lms.origin,
          clientId: "dr-client-1",
          deploymentIds: ["dr-deployment"],
          authLoginUrl: `${lms.origin}/auth`,
          authTokenUrl: `${lms.origin}/token`,
          jwksUrl: `${lms.origin}/jwks`,
          name: "simulator",
        },
      ]);
      const login = await service.login(
        initiation({ iss: lms.origin, client_id: "dr-client-1" }),
        ORIGIN,
      );
      expect(login).toEqual({ redirect: expect.stringMatching(`^${lms.origin}/auth\\?`) });
      // Registering again gets another client id for the same deployment: refused, as it
      // would speak for the people the first registration launches.
      expect(await service.register({ ...query, key: REGISTRATION_KEY }, ORIGIN)).toEqual({
        failed: "registration-deployment",
      });
      expect(await store.listLtiPlatforms()).toHaveLength(1);
    } finally {
      await lms.close();
    }
  });

  it("refuses a registration whose configuration speaks for a platform on another host", async () => {
    const { service, store, keys } = await setup();
    const lms = await startLmsSimulator({
      toolJwks: () => keys.jwks,
      clientId: "unused",
      claimedIssuer: "https://lms.school.example",
    });
    try {
      const outcome = await service.register(
        {
          openid_configuration: `${lms.origin}/openid-configuration`,
          registration_token: "reg-token",
          key: REGISTRATION_KEY,
        },
        ORIGIN,
      );
      expect(outcome).toEqual({ failed: "registration-issuer" });
      expect(lms.registrations).toHaveLength(0);
      expect(await store.listLtiPlatforms()).toEqual([]);
      expect(
        await service.register(
          { openid_configuration: "file:///etc/passwd", key: REGISTRATION_KEY },
          ORIGIN,
        ),
      ).toEqual({ failed: "registration-start" });
    } finally {
      await lms.close();
    }
  });

  it("keeps the login's secret in the LMS's frame storage too, and reads it back when no cookie comes", async () => {
    const { service, cookies, lms, learner } = await setup();
    const login = await service.login(initiation({ lti_storage_target: "_parent" }), ORIGIN);
    if (!("store" in login)) throw new Error(JSON.stringify(login));
    const { store } = login;
    expect(store).toMatchObject({
      target: "_parent",
      origin: new URL(PLATFORM.authLoginUrl).origin,
      key: expect.stringMatching(/^bq-login-[\w-]{32}$/),
      value: cookies.loginSecret,
    });
    const query = new URL(store.redirect).searchParams;
    const idToken = await lms.sign(learner(query.get("nonce")!), { now: Date.now() });
    const form = { id_token: idToken, state: query.get("state")! };
    // The frame kept no cookie: first, the page that asks the LMS's storage (nothing spent).
    delete cookies.loginSecret;
    const lmsPost = { inFrame: true, sameOrigin: false };
    const ourPage = { inFrame: true, sameOrigin: true };
    const first = await service.launch(form, lmsPost);
    expect(first).toEqual({
      fetchSecret: { ...store, value: undefined, redirect: undefined, idToken, state: form.state },
    });
    // What the storage gave back, if anything else, does not pass.
    for (const wrong of ["", "someone-else"]) {
      expect(await service.launch({ ...form, lti_storage_secret: wrong }, ourPage)).toEqual({
        failed: "state",
      });
    }
    // The right secret posted by any page but ours does not either: it could be an attacker's
    // own login's, forced on someone else's browser.
    expect(await service.launch({ ...form, lti_storage_secret: store.value }, lmsPost)).toEqual({
      failed: "state",
    });
    // The secret from the storage, posted by our page, does.
    expect(await service.launch({ ...form, lti_storage_secret: store.value }, ourPage)).toEqual({
      newTab: expect.any(String),
    });
  });

  it("never takes a secret from the form for a login that did not use the LMS's storage", async () => {
    const { service, cookies, lms, learner } = await setup();
    const login = await service.login(initiation(), ORIGIN);
    // The attacker's own login: its secret and state are theirs…
    const secret = cookies.loginSecret!;
    const query = new URL((login as { redirect: string }).redirect).searchParams;
    const idToken = await lms.sign(learner(query.get("nonce")!), { now: Date.now() });
    // …posted from the victim's browser (no cookie of that login), with the secret in the form.
    delete cookies.loginSecret;
    const form = { id_token: idToken, state: query.get("state")!, lti_storage_secret: secret };
    for (const sameOrigin of [false, true]) {
      expect(await service.launch(form, { inFrame: false, sameOrigin })).toEqual({
        failed: "state",
      });
    }
    expect(cookies.members.size).toBe(0);
  });

  it("refuses to register an LMS the environment already configures", async () => {
    const probe = await startLmsSimulator({ toolJwks: () => ({ keys: [] }), clientId: "x" });
    const { service, store } = await setup([{ ...PLATFORM, issuer: probe.origin }]);
    try {
      const outcome = await service.register(
        {
          openid_configuration: `${probe.origin}/openid-configuration`,
          registration_token: "reg-token",
          key: REGISTRATION_KEY,
        },
        ORIGIN,
      );
      expect(outcome).toEqual({ failed: "registration-configured" });
      expect(await store.listLtiPlatforms()).toEqual([]);
    } finally {
      await probe.close();
    }
  });
});
