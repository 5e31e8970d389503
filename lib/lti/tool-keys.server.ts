import "server-only";
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, secretRequired } from "@/lib/env/env.server";
import { toolKeysFromPem, type ToolKeys } from "./tool-keys";

let cached: Promise<ToolKeys> | undefined;

/**
 * Our LTI keys: LTI_PRIVATE_KEYS when set. On one machine with the embedded store, a key is
 * made once and kept under the data folder (as the auth secret is), so a demo needs no env.
 * A deployment whose instances share a store must set it: every instance must sign with, and
 * publish, the same keys.
 */
export function ltiToolKeys(): Promise<ToolKeys> {
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

function load(): Promise<ToolKeys> {
  const { ltiPrivateKeys, dataDir } = env();
  if (ltiPrivateKeys) return toolKeysFromPem(ltiPrivateKeys);
  if (secretRequired()) {
    throw new Error("LTI_PRIVATE_KEYS must be set where instances share a store (README, LTI)");
  }
  const file = path.join(dataDir, "lti-private-key.pem");
  try {
    return toolKeysFromPem(readFileSync(file, "utf8"));
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    // wx: if two processes race, one writes and both read the winner's.
    try {
      writeFileSync(file, privateKey, { flag: "wx", mode: 0o600 });
    } catch {
      /* written meanwhile by another process */
    }
    return toolKeysFromPem(readFileSync(file, "utf8"));
  }
}
