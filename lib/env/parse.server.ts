// Pure parsing of the environment (no process access), so tests can feed it any record.
// env.server.ts reads process.env once and caches what these functions return.
import path from "node:path";
import { z } from "zod";
import { parseAuthEnv, type AuthEnv } from "@/lib/env/sign-in";
import { platformsSchema, type Platform } from "./lti-platforms";
import { parseTrustedProxy, type TrustedProxy } from "./trusted-proxy.server";

export type EnvSource = Record<string, string | undefined>;

export type Env = {
  /** NODE_ENV is "production": cookies are Secure. */
  production: boolean;
  /** SITE_URL: the canonical origin when set. */
  siteUrl: string | undefined;
  /** `https://` + VERCEL_PROJECT_PRODUCTION_URL, the fallback origin on Vercel. */
  vercelProductionUrl: string | undefined;
  /** VERCEL is set: there may be many instances, so they must share AUTH_SECRET. */
  onVercel: boolean;
  /** DATA_DIR, else `.data/` in the working directory. */
  dataDir: string;
  /** The KV pair in use (KV_REST_API_*, else UPSTASH_REDIS_REST_*); none means SQLite. */
  kv: { url: string; token: string } | undefined;
  /** KV_PREFIX, else "bq:". */
  kvPrefix: string;
  /** CLASS_RETENTION_DAYS, else 180. */
  classRetentionDays: number;
  /** ATTEMPT_RETENTION_DAYS, else 365: progress kept after the subject's last activity. */
  attemptRetentionDays: number;
  /** AUTH_SECRET, if set (lib/auth/secret.ts decides what its absence means). */
  authSecret: string | undefined;
  /**
   * TEST_BRIEFINGS_DIR: a folder of fixture briefings served beside content/briefings, for
   * tests only (lib/content/content-folders.ts reads it; refused on Vercel).
   */
  testBriefingsDir: string | undefined;
  /** TRUSTED_PROXY: who may say a client's address and host (trusted-proxy.server.ts). */
  trustedProxy: TrustedProxy;
  /** LTI_PLATFORMS: the LMSs that may launch the site (lti-platforms.ts); none when unset. */
  ltiPlatforms: Platform[];
  /** LTI_PRIVATE_KEYS: our signing keys (PKCS#8 PEM, the first signs), if set. */
  ltiPrivateKeys: string | undefined;
  /**
   * LTI_REGISTRATION_KEY: the secret in our Dynamic Registration URL; without it, LMSs
   * register only through LTI_PLATFORMS.
   */
  ltiRegistrationKey: string | undefined;
};

const DEFAULT_KV_PREFIX = "bq:";
const DEFAULT_RETENTION_DAYS = 180;
const DEFAULT_ATTEMPT_RETENTION_DAYS = 365;
// A century: far beyond any school's need, and days * 86 400 000 ms stays an exact integer.
const MAX_RETENTION_DAYS = 36_500;

const text = z.string().optional();
const httpUrl = (name: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` }).optional();

// Vercel sets this to a bare domain ("my-app.vercel.app"); with a scheme, `https://` + it
// would still parse, as a wrong origin, so the shape is checked.
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d+)?$/i;

const retentionDays = (name: string, unset: number) =>
  z.string().transform((value, ctx) => {
    const days = /^\d+$/.test(value) ? Number(value) : NaN;
    if (days >= 1 && days <= MAX_RETENTION_DAYS) return days;
    ctx.addIssue({
      code: "custom",
      message: `${name} must be a whole number of days from 1 to ${MAX_RETENTION_DAYS} (unset means ${unset}), not ${JSON.stringify(value)}`,
    });
    return z.NEVER;
  });

const schema = z.object({
  NODE_ENV: text,
  SITE_URL: httpUrl("SITE_URL"),
  VERCEL: text,
  VERCEL_PROJECT_PRODUCTION_URL: z
    .string()
    .regex(HOST, "VERCEL_PROJECT_PRODUCTION_URL must be a bare domain such as my-app.vercel.app")
    .optional(),
  DATA_DIR: text,
  KV_REST_API_URL: httpUrl("KV_REST_API_URL"),
  KV_REST_API_TOKEN: text,
  UPSTASH_REDIS_REST_URL: httpUrl("UPSTASH_REDIS_REST_URL"),
  UPSTASH_REDIS_REST_TOKEN: text,
  KV_PREFIX: text,
  CLASS_RETENTION_DAYS: retentionDays("CLASS_RETENTION_DAYS", DEFAULT_RETENTION_DAYS).optional(),
  ATTEMPT_RETENTION_DAYS: retentionDays(
    "ATTEMPT_RETENTION_DAYS",
    DEFAULT_ATTEMPT_RETENTION_DAYS,
  ).optional(),
  AUTH_SECRET: text,
  TEST_BRIEFINGS_DIR: text,
  TRUSTED_PROXY: text,
  LTI_PRIVATE_KEYS: text,
  LTI_REGISTRATION_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{24,200}$/, {
      message:
        "LTI_REGISTRATION_KEY must be 24 to 200 letters, digits, - or _ (openssl rand -hex 16)",
    })
    .optional(),
  LTI_PLATFORMS: z
    .string()
    .transform((value, ctx) => {
      let json: unknown;
      try {
        json = JSON.parse(value);
      } catch {
        ctx.addIssue({
          code: "custom",
          message: "LTI_PLATFORMS must be a JSON array (README, LTI)",
        });
        return z.NEVER;
      }
      const platforms = platformsSchema.safeParse(json);
      if (platforms.success) return platforms.data;
      for (const issue of platforms.error.issues) {
        const where = issue.path
          .map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
          .join("");
        ctx.addIssue({ code: "custom", message: `LTI_PLATFORMS${where}: ${issue.message}` });
      }
      return z.NEVER;
    })
    .optional(),
});

// Empty (or blank) counts as unset, as the `||` and truthiness checks this replaces did: an
// `.env` line such as `KV_PREFIX=` means "no value", not "the empty prefix".
function present(source: EnvSource, names: readonly string[]): EnvSource {
  return Object.fromEntries(names.map((n) => [n, source[n]?.trim() ? source[n] : undefined]));
}

// The store takes a URL and token as a pair. Today's `url && token` silently fell back to the
// embedded SQLite file when one was missing (on Vercel: a store lost at every deploy), so half
// a pair is an error. The Upstash names count only when neither KV_ name is set (README).
const KV_PAIRS = [
  ["KV_REST_API_URL", "KV_REST_API_TOKEN"],
  ["UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN"],
] as const;

function kvPair(v: EnvSource, problems: string[]): Env["kv"] {
  const pair = KV_PAIRS.find((names) => names.some((n) => v[n]));
  if (!pair) return undefined;
  const [urlName, tokenName] = pair;
  const [url, token] = [v[urlName], v[tokenName]];
  if (url && token) return { url, token };
  const [missing, set] = url ? [tokenName, urlName] : [urlName, tokenName];
  problems.push(`${missing} is missing: ${set} is set, and the KV store needs both (or neither)`);
  return undefined;
}

const list = (problems: string[]) => problems.map((p) => `- ${p}`).join("\n");

/** Every non-sign-in variable, checked together; throws one error naming each bad variable. */
export function parseEnv(source: EnvSource, cwd: string): Env {
  const values = present(source, schema.keyof().options);
  const parsed = schema.safeParse(values);
  const problems =
    parsed.error?.issues.map((i) => {
      const name = String(i.path[0]);
      return i.message.includes(name) ? i.message : `${name}: ${i.message}`;
    }) ?? [];
  const kv = kvPair(values, problems);
  // A fixture briefing is fiction written for tests: it must never be published.
  if (values.TEST_BRIEFINGS_DIR && values.VERCEL) {
    problems.push("TEST_BRIEFINGS_DIR is for tests only: unset it on a deployment");
  }
  const trustedProxy = parseTrustedProxy(values.TRUSTED_PROXY?.trim(), Boolean(values.VERCEL));
  if ("problem" in trustedProxy) problems.push(trustedProxy.problem);
  if (!parsed.success || problems.length > 0 || "problem" in trustedProxy) {
    throw new Error(`The environment is misconfigured:\n${list(problems)}`);
  }
  const e = parsed.data;
  return {
    production: e.NODE_ENV === "production",
    siteUrl: e.SITE_URL,
    vercelProductionUrl: e.VERCEL_PROJECT_PRODUCTION_URL
      ? `https://${e.VERCEL_PROJECT_PRODUCTION_URL}`
      : undefined,
    onVercel: Boolean(e.VERCEL),
    dataDir: e.DATA_DIR ?? path.join(cwd, ".data"),
    kv,
    kvPrefix: e.KV_PREFIX ?? DEFAULT_KV_PREFIX,
    classRetentionDays: e.CLASS_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS,
    attemptRetentionDays: e.ATTEMPT_RETENTION_DAYS ?? DEFAULT_ATTEMPT_RETENTION_DAYS,
    authSecret: e.AUTH_SECRET,
    testBriefingsDir: e.TEST_BRIEFINGS_DIR,
    trustedProxy,
    ltiPlatforms: e.LTI_PLATFORMS ?? [],
    ltiPrivateKeys: e.LTI_PRIVATE_KEYS,
    ltiRegistrationKey: e.LTI_REGISTRATION_KEY,
  };
}

// Auth.js reads these two itself. A malformed AUTH_URL only failed later, per request; and
// Auth.js trusts the Host header for any AUTH_TRUST_HOST value, "false" included, so a value
// other than true would silently mean the opposite of what it says.
const authJsSchema = z.object({
  AUTH_URL: httpUrl("AUTH_URL"),
  AUTH_TRUST_HOST: z
    .enum(["true", "1"], {
      error:
        'AUTH_TRUST_HOST must be "true" or unset (Auth.js treats any value, even "false", as true)',
    })
    .optional(),
});

/**
 * The sign-in group: lib/auth/env.ts's rules (providers all-or-none, the production secret,
 * AUTH_LOCAL_SIGNIN), plus the two variables Auth.js reads, in one "Sign-in is misconfigured" error.
 */
export function parseSignInEnv(source: EnvSource, kv: boolean): AuthEnv {
  // Blank is unset here too. lib/auth/env.ts's schema would reject `AUTH_GOOGLE_ID=` with
  // zod's generic "Too small" message, naming no variable; its all-or-none rule already
  // treats blank as missing, so a blank half of a provider is still reported, by name.
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v?.trim()));
  const extra = authJsSchema.safeParse(present(given, authJsSchema.keyof().options));
  const problems = extra.error?.issues.map((i) => i.message) ?? [];
  let parsed: AuthEnv;
  try {
    parsed = parseAuthEnv(given, kv);
  } catch (error) {
    if (problems.length === 0 || !(error instanceof Error)) throw error;
    throw new Error(`${error.message}\n${list(problems)}`);
  }
  if (problems.length > 0) throw new Error(`Sign-in is misconfigured:\n${list(problems)}`);
  return parsed;
}
