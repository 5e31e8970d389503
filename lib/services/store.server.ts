import "server-only";
import path from "node:path";
import { env } from "@/lib/env/env.server";
import { createKvStore } from "@/lib/store/kv-store";
import { createSqliteStore } from "@/lib/store/sqlite-store";
import type { Store } from "@/lib/store/store";

/** The embedded store's file, in DATA_DIR (default `.data/`). */
export const SQLITE_FILE = "briefing.sqlite";

let store: Store | undefined;

/**
 * The process-wide store, chosen once on first use (never at import: `next build` must not
 * open a database): Vercel KV when its URL and token are set (lib/env rejects half a pair),
 * else the embedded SQLite file. Only the composition root (services.server.ts) hands it
 * out, each service getting the port it declared (see .dependency-cruiser.cjs).
 */
export function getStore(): Store {
  if (store) return store;
  const { kv, kvPrefix, dataDir } = env();
  store = kv
    ? createKvStore({ ...kv, prefix: kvPrefix })
    : createSqliteStore(path.join(dataDir, SQLITE_FILE));
  return store;
}
