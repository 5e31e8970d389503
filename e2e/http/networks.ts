import { request } from "@playwright/test";
import { windowAt } from "../../lib/rate-limit/sliding-window";
import type { Actor } from "./actors";

// Each test is its own network (x-forwarded-for: the e2e server is reached directly, as a
// proxy would set it), so the limits it fills do not touch the rest of the suite.

const networks = new Set<string>();
/** A network no other test in this run uses. */
export function network(): string {
  let ip;
  // 198.18.0.0/15, the benchmarking range: 65,000 addresses, so two workers hardly ever meet.
  do
    ip = `198.${18 + Math.floor(Math.random() * 2)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 254) + 1}`;
  while (networks.has(ip));
  networks.add(ip);
  return ip;
}

/**
 * Waits, if need be, until `needMs` fit before the rule's current fixed window ends. The
 * limiter slides over two fixed windows: a fill that straddles an edge has its first part
 * weighed a little under 1, so the request just past the limit can still pass there (by
 * design; the store contract tests cover the edge). These tests are about the limit itself.
 */
export async function clearOfWindowEdge(windowMs: number, needMs = 15_000) {
  const left = windowMs - windowAt(Date.now(), windowMs).elapsed;
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

/** Someone on network `ip`, as the proxy in front of the e2e server (TRUSTED_PROXY=1) says. */
export async function from(baseURL: string, ip: string, name = ip): Promise<Actor> {
  return {
    name,
    http: await request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } }),
  };
}
