import "server-only";
import { sharedSecretRequired, type AuthEnv } from "@/lib/env/sign-in";
import { parseEnv, parseSignInEnv, type Env, type EnvSource } from "./parse.server";

export type { Env, EnvSource } from "./parse.server";

// Everything is read on first use, never at import: `next build` imports every module and
// must not need production variables. (It does prerender pages that call siteUrl(), so a
// malformed value in `env()` fails the build too: earlier, with the same message.) Each group
// is checked once and cached; a failed check is not cached, so it throws again next time.
let override: EnvSource | undefined;
let source: EnvSource | undefined;
let core: Env | undefined;
let signIn: AuthEnv | undefined;

function raw(): EnvSource {
  // NODE_ENV spelled out: Next inlines `process.env.NODE_ENV` at build time, so this keeps
  // the value the direct reads it replaces saw (the build's, not whatever the host sets).
  return (source ??= override ?? { ...process.env, NODE_ENV: process.env.NODE_ENV });
}

/**
 * The store, site and retention settings, checked together on first use. Throws one error
 * naming every bad variable; instrumentation-node.ts reaches it at start-up (via `signInEnv`),
 * so a misconfigured server stops before serving.
 */
export function env(): Env {
  return (core ??= parseEnv(raw(), process.cwd()));
}

/** NODE_ENV is "production" (Secure cookies). */
export function isProduction(): boolean {
  return env().production;
}

/** AUTH_SECRET must be set, not generated: with KV or on Vercel, instances must share it. */
export function secretRequired(): boolean {
  return sharedSecretRequired(raw(), env().kv !== undefined);
}

/**
 * The sign-in configuration (lib/auth/env.ts's rules plus AUTH_URL and AUTH_TRUST_HOST).
 * A separate group from `env()`: only requests and start-up need it, never `next build`.
 */
export function signInEnv(): AuthEnv {
  return (signIn ??= parseSignInEnv(raw(), env().kv !== undefined));
}

/**
 * Forgets what was read, so the next access reads again: from `next` when given (a test's
 * own environment), else from process.env. Production code never calls it.
 */
export function resetEnvForTests(next?: EnvSource): void {
  override = next;
  source = undefined;
  core = undefined;
  signIn = undefined;
}

/** Days a class's data is kept after it closes (CLASS_RETENTION_DAYS, default 180). */
export function classRetentionDays(): number {
  return env().classRetentionDays;
}

/**
 * Days a subject's progress (attempts, class links) is kept after its last activity
 * (ATTEMPT_RETENTION_DAYS, default 365).
 */
export function attemptRetentionDays(): number {
  return env().attemptRetentionDays;
}
