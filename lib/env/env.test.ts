import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvForTests, secretRequired, signInEnv } from "./env.server";
import { parseEnv, parseSignInEnv } from "./parse.server";
import { siteUrl } from "../links/site-url.server";

const CWD = "/srv/app";
const parse = (source: Record<string, string>) => parseEnv(source, CWD);
const KV = { KV_REST_API_URL: "https://eu1-example.upstash.io", KV_REST_API_TOKEN: "kv-token" };
const UPSTASH = { UPSTASH_REDIS_REST_URL: "https://up.example.io", UPSTASH_REDIS_REST_TOKEN: "up" };

afterEach(() => resetEnvForTests());

describe("the environment, parsed once", () => {
  it("runs on one machine with nothing set: SQLite under .data/, the defaults", () => {
    expect(parse({})).toEqual({
      production: false,
      siteUrl: undefined,
      vercelProductionUrl: undefined,
      onVercel: false,
      dataDir: path.join(CWD, ".data"),
      kv: undefined,
      kvPrefix: "bq:",
      classRetentionDays: 180,
      attemptRetentionDays: 365,
      authSecret: undefined,
      testBriefingsDir: undefined,
      trustedProxy: { kind: "none" },
      ltiPlatforms: [],
      ltiPrivateKeys: undefined,
      ltiRegistrationKey: undefined,
    });
  });

  it("takes a Dynamic Registration key only when it is long and URL-safe", () => {
    const key = "0123456789abcdef0123456789abcdef";
    expect(parse({ LTI_REGISTRATION_KEY: key }).ltiRegistrationKey).toBe(key);
    for (const bad of ["short", `${key}&x=1`, `${key} `.repeat(2)]) {
      expect(() => parse({ LTI_REGISTRATION_KEY: bad }), bad).toThrow(/LTI_REGISTRATION_KEY/);
    }
  });

  it("reads the LMSs that may launch the site, and names what is wrong with one", () => {
    const moodle = {
      issuer: "https://moodle.school.example",
      clientId: "abc123",
      deploymentIds: ["1"],
      authLoginUrl: "https://moodle.school.example/mod/lti/auth.php",
      authTokenUrl: "https://moodle.school.example/mod/lti/token.php",
      jwksUrl: "https://moodle.school.example/mod/lti/certs.php",
    };
    expect(parse({ LTI_PLATFORMS: JSON.stringify([moodle]) }).ltiPlatforms).toEqual([moodle]);
    expect(() => parse({ LTI_PLATFORMS: "[{" })).toThrow(/LTI_PLATFORMS must be a JSON array/);
    expect(() =>
      parse({ LTI_PLATFORMS: JSON.stringify([{ ...moodle, deploymentIds: [], jwksUrl: "x" }]) }),
    ).toThrow(/LTI_PLATFORMS\[0\]\.deploymentIds[^\n]*\n- LTI_PLATFORMS\[0\]\.jwksUrl/);
    expect(() => parse({ LTI_PLATFORMS: JSON.stringify([moodle, moodle]) })).toThrow(
      /LTI_PLATFORMS: each issuer and client id pair once/,
    );
  });

  it("takes a fixture briefing folder in tests, and refuses it on a deployment", () => {
    expect(parse({ TEST_BRIEFINGS_DIR: "test/fixtures/briefings" }).testBriefingsDir).toBe(
      "test/fixtures/briefings",
    );
    expect(() => parse({ TEST_BRIEFINGS_DIR: "test/fixtures/briefings", VERCEL: "1" })).toThrow(
      "TEST_BRIEFINGS_DIR is for tests only: unset it on a deployment",
    );
  });

  it("treats an empty value as unset, as an `.env` line like KV_PREFIX= means", () => {
    const e = parse({ KV_PREFIX: "", CLASS_RETENTION_DAYS: " ", SITE_URL: "", DATA_DIR: "" });
    expect(e).toMatchObject({ kvPrefix: "bq:", classRetentionDays: 180, siteUrl: undefined });
    expect(e.dataDir).toBe(path.join(CWD, ".data"));
  });

  it("takes the values that are set", () => {
    const e = parse({
      NODE_ENV: "production",
      SITE_URL: "https://briefings.example.org",
      VERCEL: "1",
      VERCEL_PROJECT_PRODUCTION_URL: "briefings.vercel.app",
      DATA_DIR: ".data/e2e",
      KV_PREFIX: "bq-staging:",
      CLASS_RETENTION_DAYS: "30",
      ATTEMPT_RETENTION_DAYS: "90",
      AUTH_SECRET: "s",
      ...KV,
    });
    expect(e).toMatchObject({
      production: true,
      siteUrl: "https://briefings.example.org",
      vercelProductionUrl: "https://briefings.vercel.app",
      onVercel: true,
      dataDir: ".data/e2e",
      kv: { url: KV.KV_REST_API_URL, token: "kv-token" },
      kvPrefix: "bq-staging:",
      classRetentionDays: 30,
      attemptRetentionDays: 90,
      authSecret: "s",
    });
  });

  it("uses the Upstash names only when the KV_ pair is unset", () => {
    expect(parse(UPSTASH).kv).toEqual({ url: "https://up.example.io", token: "up" });
    expect(parse({ ...UPSTASH, ...KV }).kv).toEqual({ url: KV.KV_REST_API_URL, token: "kv-token" });
  });

  it("rejects half a KV pair instead of silently falling back to SQLite", () => {
    expect(() => parse({ KV_REST_API_URL: KV.KV_REST_API_URL })).toThrow(
      /KV_REST_API_TOKEN is missing: KV_REST_API_URL is set/,
    );
    expect(() => parse({ KV_REST_API_TOKEN: "t" })).toThrow(/KV_REST_API_URL is missing/);
    expect(() => parse({ UPSTASH_REDIS_REST_URL: "https://up.example.io" })).toThrow(
      /UPSTASH_REDIS_REST_TOKEN is missing/,
    );
    // Half a KV_ pair is not completed from the Upstash names.
    expect(() => parse({ KV_REST_API_URL: KV.KV_REST_API_URL, ...UPSTASH })).toThrow(
      /KV_REST_API_TOKEN is missing/,
    );
  });

  it.each([
    ["SITE_URL", "briefings.example.org", /SITE_URL must be an http\(s\) URL/],
    ["SITE_URL", "ftp://briefings.example.org", /SITE_URL must be an http\(s\) URL/],
    ["VERCEL_PROJECT_PRODUCTION_URL", "https://x.vercel.app", /VERCEL_PROJECT_PRODUCTION_URL/],
    ["KV_REST_API_URL", "eu1-example.upstash.io", /KV_REST_API_URL must be an http\(s\) URL/],
    ["UPSTASH_REDIS_REST_URL", "redis://up", /UPSTASH_REDIS_REST_URL must be an http\(s\) URL/],
    ["CLASS_RETENTION_DAYS", "abc", /CLASS_RETENTION_DAYS must be a whole number.*"abc"/],
    ["CLASS_RETENTION_DAYS", "0", /CLASS_RETENTION_DAYS/],
    ["CLASS_RETENTION_DAYS", "-5", /CLASS_RETENTION_DAYS/],
    ["CLASS_RETENTION_DAYS", "1.5", /CLASS_RETENTION_DAYS/],
    ["CLASS_RETENTION_DAYS", "90 days", /CLASS_RETENTION_DAYS/],
    ["CLASS_RETENTION_DAYS", "36501", /CLASS_RETENTION_DAYS/],
    [
      "ATTEMPT_RETENTION_DAYS",
      "0",
      /ATTEMPT_RETENTION_DAYS must be a whole number.*unset means 365/,
    ],
    ["ATTEMPT_RETENTION_DAYS", "1y", /ATTEMPT_RETENTION_DAYS/],
  ])("names %s when it is %j", (name, value, message) => {
    const source = name.startsWith("KV_") ? { ...KV, [name]: value } : { [name]: value };
    expect(() => parse(source)).toThrow(message);
  });

  it("lists every bad variable in one message", () => {
    const attempt = () =>
      parse({ SITE_URL: "nope", CLASS_RETENTION_DAYS: "abc", UPSTASH_REDIS_REST_TOKEN: "t" });
    expect(attempt).toThrow(/The environment is misconfigured/);
    expect(attempt).toThrow(/SITE_URL/);
    expect(attempt).toThrow(/CLASS_RETENTION_DAYS/);
    expect(attempt).toThrow(/UPSTASH_REDIS_REST_URL is missing/);
  });
});

describe("the sign-in group", () => {
  it("keeps lib/auth/env.ts's rules: half a provider, the production secret", () => {
    const attempt = () => parseSignInEnv({ AUTH_GITHUB_ID: "gh" }, true);
    expect(attempt).toThrow(/AUTH_GITHUB_SECRET is missing/);
    expect(attempt).toThrow(/AUTH_SECRET is missing/);
  });

  it("checks the two variables Auth.js reads, in the same message", () => {
    expect(() => parseSignInEnv({ AUTH_URL: "briefings.example.org" }, false)).toThrow(
      /Sign-in is misconfigured:\n- AUTH_URL must be an http\(s\) URL/,
    );
    const both = () => parseSignInEnv({ AUTH_TRUST_HOST: "false", AUTH_GOOGLE_ID: "g" }, false);
    expect(both).toThrow(/AUTH_GOOGLE_SECRET is missing/);
    expect(both).toThrow(/AUTH_TRUST_HOST must be "true" or unset/);
    const ok = { AUTH_URL: "https://briefings.example.org", AUTH_TRUST_HOST: "true" };
    expect(parseSignInEnv(ok, false).local).toBe(true);
  });

  it("treats a blank variable as unset, and names a blank half of a provider", () => {
    expect(parseSignInEnv({ AUTH_GOOGLE_ID: "", AUTH_SECRET: " " }, false).local).toBe(true);
    const half = () => parseSignInEnv({ AUTH_GOOGLE_ID: "g", AUTH_GOOGLE_SECRET: "" }, false);
    expect(half).toThrow(/^Sign-in is misconfigured:\n- AUTH_GOOGLE_SECRET is missing[^\n]*$/);
  });
});

describe("reading lazily, once", () => {
  it("reads on first use and keeps the result until reset", () => {
    resetEnvForTests({ KV_PREFIX: "one:" });
    expect(env().kvPrefix).toBe("one:");
    resetEnvForTests({ KV_PREFIX: "two:" });
    expect(env().kvPrefix).toBe("two:");
  });

  it("derives sign-in and the secret rule from the KV settings", () => {
    resetEnvForTests({ ...UPSTASH, AUTH_SECRET: "x" });
    expect(signInEnv().local).toBe(false);
    expect(secretRequired()).toBe(true);
    resetEnvForTests({});
    expect(signInEnv().local).toBe(true);
    expect(secretRequired()).toBe(false);
    resetEnvForTests({ VERCEL: "1" });
    expect(secretRequired()).toBe(true);
    expect(() => signInEnv()).toThrow(/AUTH_SECRET is missing/);
  });

  it("gives the site origin: SITE_URL, else Vercel's production domain, else localhost", () => {
    resetEnvForTests({ SITE_URL: "https://a.example", VERCEL_PROJECT_PRODUCTION_URL: "b.example" });
    expect(siteUrl().origin).toBe("https://a.example");
    resetEnvForTests({ VERCEL_PROJECT_PRODUCTION_URL: "b.example" });
    expect(siteUrl().origin).toBe("https://b.example");
    resetEnvForTests({});
    expect(siteUrl().origin).toBe("http://localhost:3000");
  });
});
