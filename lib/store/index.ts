import "server-only";
import path from "node:path";
import { createKvStore } from "./kv-store";
import { createSqliteStore } from "./sqlite-store";
import type { Store } from "./types";

export type { AttemptRecord, RecordResult, Store } from "./types";

let store: Store | undefined;

/** Where the embedded store keeps its file: DATA_DIR, else `.data/` in the project. */
export function dataDir(): string {
  return process.env.DATA_DIR ?? path.join(process.cwd(), ".data");
}

/** True when Vercel KV is configured: the store, the secret and sign-in all follow it. */
export function kvConfigured(): boolean {
  return Boolean(process.env.KV_REST_API_URL && process.env.KV_REST_API_TOKEN);
}

/**
 * The process-wide store, chosen once on first use (never at import: `next build` must not
 * open a database): Vercel KV when its URL and token are set, else the embedded SQLite file.
 */
export function getStore(): Store {
  if (store) return store;
  if (kvConfigured()) {
    const prefix = process.env.KV_PREFIX || "bq:";
    const url = process.env.KV_REST_API_URL!;
    console.info(`[store] Vercel KV at ${new URL(url).host}, keys prefixed "${prefix}"`);
    store = createKvStore({ url, token: process.env.KV_REST_API_TOKEN!, prefix });
  } else {
    const file = path.join(dataDir(), "briefing.sqlite");
    console.info(`[store] embedded SQLite at ${file}`);
    store = createSqliteStore(file);
  }
  return store;
}
