import "server-only";
import { kvConfigured } from "@/lib/store";
import { parseAuthEnv, type AuthEnv } from "./env";

let cached: AuthEnv | undefined;

/** This process's sign-in configuration, checked once (instrumentation.ts calls it at start). */
export function authEnv(): AuthEnv {
  return (cached ??= parseAuthEnv(process.env, kvConfigured()));
}
