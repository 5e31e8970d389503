import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, secretRequired } from "@/lib/env/env.server";
import { MISSING_SECRET } from "../env/sign-in";

let cached: string | undefined;

/**
 * The key that signs cookies. AUTH_SECRET when set. On one machine with the embedded store
 * (no KV configured), a random secret is made once and kept under the data folder, so
 * `npm run dev` needs no env. A deployment with KV must set AUTH_SECRET: instances must
 * share the key, and a file on one instance cannot be shared.
 */
export function authSecret(): string {
  if (cached) return cached;
  const { authSecret: fromEnv, dataDir } = env();
  if (fromEnv) return (cached = fromEnv);
  if (secretRequired()) throw new Error(MISSING_SECRET);
  const file = path.join(dataDir, "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    // wx: if two processes race, one creates it and the other reads the winner's.
    try {
      writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    } catch {
      /* created meanwhile by another process */
    }
    cached = readFileSync(file, "utf8").trim();
  }
  return cached;
}
