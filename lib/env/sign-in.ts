import { z } from "zod";

export type AuthEnv = {
  google?: { clientId: string; clientSecret: string };
  github?: { clientId: string; clientSecret: string };
  entra?: { clientId: string; clientSecret: string; issuer?: string };
  oidc?: { issuer: string; clientId: string; clientSecret: string; name: string };
  /** "Continue as…" with a display name only; see `localSignInEnabled`. */
  local: boolean;
};

const optional = z.string().trim().min(1).optional();
const url = (name: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` }).optional();

const schema = z.object({
  AUTH_GOOGLE_ID: optional,
  AUTH_GOOGLE_SECRET: optional,
  AUTH_GITHUB_ID: optional,
  AUTH_GITHUB_SECRET: optional,
  AUTH_MICROSOFT_ENTRA_ID_ID: optional,
  AUTH_MICROSOFT_ENTRA_ID_SECRET: optional,
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: url("AUTH_MICROSOFT_ENTRA_ID_ISSUER"),
  AUTH_OIDC_ISSUER: url("AUTH_OIDC_ISSUER"),
  AUTH_OIDC_ID: optional,
  AUTH_OIDC_SECRET: optional,
  AUTH_OIDC_NAME: optional,
  AUTH_LOCAL_SIGNIN: z
    .enum(["true", "false"], { error: "AUTH_LOCAL_SIGNIN must be true or false" })
    .optional(),
  AUTH_SECRET: optional,
});

export const MISSING_SECRET =
  "AUTH_SECRET is missing: in production (KV configured or on Vercel) every instance must share it. Generate one with `openssl rand -base64 33`.";

/**
 * Instances must share the cookie key whenever there can be more than one: with KV, or on
 * Vercel. Only a single machine with the embedded store may generate its own.
 */
export function sharedSecretRequired(env: Record<string, string | undefined>, kv: boolean) {
  return kv || Boolean(env.VERCEL);
}

// A provider is configured by a group of variables: all of them or none.
const GROUPS: [string, string[]][] = [
  ["Google", ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"]],
  ["GitHub", ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"]],
  ["Microsoft Entra ID", ["AUTH_MICROSOFT_ENTRA_ID_ID", "AUTH_MICROSOFT_ENTRA_ID_SECRET"]],
  ["OIDC", ["AUTH_OIDC_ISSUER", "AUTH_OIDC_ID", "AUTH_OIDC_SECRET"]],
];

/** What no single field's schema can see: half-configured providers, a missing secret. */
function crossFieldProblems(env: Record<string, string | undefined>, kv: boolean): string[] {
  const problems: string[] = [];
  for (const [provider, names] of GROUPS) {
    const set = names.filter((n) => env[n]?.trim());
    if (set.length === 0 || set.length === names.length) continue;
    for (const missing of names.filter((n) => !env[n]?.trim())) {
      problems.push(
        `${missing} is missing: ${set.join(" and ")} ${set.length > 1 ? "are" : "is"} set, so ${provider} sign-in needs it too`,
      );
    }
  }
  if (!env.AUTH_SECRET?.trim() && sharedSecretRequired(env, kv)) problems.push(MISSING_SECRET);
  return problems;
}

/**
 * Reads and checks the sign-in configuration. Throws one error listing every problem by
 * variable name, so a misconfigured deployment stops at start-up (instrumentation.ts) with
 * a message that says what to set.
 */
export function parseAuthEnv(source: Record<string, string | undefined>, kv: boolean): AuthEnv {
  const parsed = schema.safeParse(source);
  const problems = [
    ...(parsed.error?.issues.map((i) => i.message) ?? []),
    ...crossFieldProblems(source, kv),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new Error(`Sign-in is misconfigured:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  }
  const e = parsed.data;
  const pair = (id?: string, secret?: string) =>
    id && secret ? { clientId: id, clientSecret: secret } : undefined;
  const env: AuthEnv = {
    google: pair(e.AUTH_GOOGLE_ID, e.AUTH_GOOGLE_SECRET),
    github: pair(e.AUTH_GITHUB_ID, e.AUTH_GITHUB_SECRET),
    entra: e.AUTH_MICROSOFT_ENTRA_ID_ID
      ? {
          ...pair(e.AUTH_MICROSOFT_ENTRA_ID_ID, e.AUTH_MICROSOFT_ENTRA_ID_SECRET)!,
          issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
        }
      : undefined,
    oidc: e.AUTH_OIDC_ISSUER
      ? {
          ...pair(e.AUTH_OIDC_ID, e.AUTH_OIDC_SECRET)!,
          issuer: e.AUTH_OIDC_ISSUER,
          name: e.AUTH_OIDC_NAME ?? "School account",
        }
      : undefined,
    local: false,
  };
  const anyProvider = Boolean(env.google || env.github || env.entra || env.oidc);
  // On one machine with no provider, "Continue as…" makes every feature usable. With KV
  // (a real deployment) it is off unless explicitly asked for; the flag also forces it off.
  env.local =
    e.AUTH_LOCAL_SIGNIN === "true" || (e.AUTH_LOCAL_SIGNIN === undefined && !kv && !anyProvider);
  return env;
}
