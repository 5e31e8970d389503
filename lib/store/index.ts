import "server-only";
import path from "node:path";
import { createSqliteStore } from "./sqlite-store";
import type { Store } from "./types";

export type { AttemptRecord, RecordResult, Store } from "./types";

let store: Store | undefined;

/** Where the embedded store keeps its file: DATA_DIR, else `.data/` in the project. */
export function dataDir(): string {
  return process.env.DATA_DIR ?? path.join(process.cwd(), ".data");
}

/** The process-wide store, chosen on first use. (The KV adapter joins in the next step.) */
export function getStore(): Store {
  if (!store) {
    const file = path.join(dataDir(), "briefing.sqlite");
    console.info(`[store] embedded SQLite at ${file}`);
    store = createSqliteStore(file);
  }
  return store;
}
