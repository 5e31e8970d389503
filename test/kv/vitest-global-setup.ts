// Vitest global setup: one throwaway redis-server for every KV test in the run. Without one
// (and no way to install it) the KV tests skip with a loud line, except under CI, where a
// skipped adapter would be a silent hole, so the run fails instead.
import type { TestProject } from "vitest/node";
import { ensureRedisServer, startRedisServer } from "./redis-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** redis://… of the test server, or "" when KV tests must skip. */
    redisUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const ready = ensureRedisServer();
  if (!ready.ok) {
    if (process.env.CI) throw new Error(`KV tests need redis-server under CI: ${ready.reason}`);
    console.warn(`\n!!! SKIPPING the KV adapter and bridge tests: ${ready.reason} !!!\n`);
    project.provide("redisUrl", "");
    return;
  }
  const redis = await startRedisServer();
  project.provide("redisUrl", redis.url);
  return () => redis.stop();
}
