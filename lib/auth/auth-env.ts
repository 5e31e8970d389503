import "server-only";
import { signInEnv } from "@/lib/env";
import type { AuthEnv } from "./env";

/**
 * This process's sign-in configuration, checked once (instrumentation.ts calls it at start).
 * lib/env.ts reads and caches it, so tests can reset it with `resetEnvForTests`.
 */
export function authEnv(): AuthEnv {
  return signInEnv();
}
