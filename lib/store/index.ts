import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { createKvStore } from "./kv-store";
import { createSqliteStore } from "./sqlite-store";
import type { Store } from "./port";

let store: Store | undefined;

/** Where the embedded store keeps its file: DATA_DIR, else `.data/` in the project. */
export function dataDir(): string {
  return env().dataDir;
}

/**
 * The KV endpoint, if one is configured: Vercel's names (set when a Marketplace Upstash store
 * is connected to the project), else Upstash's own. lib/env.ts rejects half a pair.
 */
export function kvEnv(): { url: string; token: string } | undefined {
  return env().kv;
}

/** True when KV is configured: the store, the secret and sign-in all follow it. */
export function kvConfigured(): boolean {
  return kvEnv() !== undefined;
}

/** Which store this process uses, for the start-up log line (instrumentation.ts). */
export function describeStore(): string {
  const kv = kvEnv();
  return kv
    ? `Vercel KV at ${new URL(kv.url).host}, keys prefixed "${env().kvPrefix}"`
    : `embedded SQLite at ${path.join(dataDir(), "briefing.sqlite")}`;
}

/**
 * The process-wide store, chosen once on first use (never at import: `next build` must not
 * open a database): Vercel KV when its URL and token are set, else the embedded SQLite file.
 */
export function getStore(): Store {
  if (store) return store;
  const kv = kvEnv();
  if (kv) {
    store = createKvStore({ ...kv, prefix: env().kvPrefix });
  } else {
    const file = path.join(dataDir(), "briefing.sqlite");
    store = createSqliteStore(file);
  }
  return store;
}
