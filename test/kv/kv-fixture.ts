// Shared by the KV test files: the run's redis-server (see vitest-global-setup.ts) behind a
// fresh Upstash bridge per file, and a unique key prefix per store so tests never collide.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { createKvStore, type KvStoreOptions } from "@/lib/store/kv-store";
import { startUpstashBridge, type UpstashBridge } from "./upstash-bridge";

export const redisUrl = inject("redisUrl");

/** `describe`, skipped (loudly, by the global setup) when there is no redis-server. */
export const describeWithRedis = describe.skipIf(!redisUrl);

/** Starts a bridge for the enclosing describe block; read `.current` inside tests. */
export function useBridge() {
  const handle: { current: UpstashBridge } = { current: undefined as unknown as UpstashBridge };
  beforeAll(async () => {
    handle.current = await startUpstashBridge({ redisUrl });
  });
  afterAll(async () => {
    await handle.current?.close();
  });
  return handle;
}

export function kvStoreOn(bridge: UpstashBridge, options: Partial<KvStoreOptions> = {}) {
  return createKvStore({
    url: bridge.url,
    token: bridge.token,
    prefix: `test:${randomUUID()}:`,
    ...options,
  });
}
