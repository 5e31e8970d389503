import "server-only";
import { decide, windowAt } from "@/lib/rate-limit/sliding-window";
import type { KvClient } from "./kv-client";
import type { RateLimitPort } from "@/lib/rate-limit/rate-limit-port";

// The comparison of lib/rate-limit/sliding-window.ts `isAllowed`, then the count, in one
// atomic step (weight 0: the comparison only). It returns the counts before the hit; `decide`
// turns them into the answer.
const HIT = `
local window, limit, elapsed = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local weight = tonumber(ARGV[4])
local previous = tonumber(redis.call('GET', KEYS[1]) or '0')
local current = tonumber(redis.call('GET', KEYS[2]) or '0')
if weight > 0 and previous * (window - elapsed) / window + current < limit then
  redis.call('INCR', KEYS[2])
  redis.call('PEXPIRE', KEYS[2], window * 2)
end
return {previous, current}
`;

export function kvRateLimitOps(kv: KvClient, prefix: string): RateLimitPort {
  return {
    async hitRateLimit(key, limit, windowMs, now, weight = 1) {
      const { index, elapsed } = windowAt(now, windowMs);
      const at = (i: number) => `${prefix}rate:${key}:${i}`;
      const [previous, current] = await kv.eval<string[], [number, number]>(
        HIT,
        [at(index - 1), at(index)],
        [String(windowMs), String(limit), String(elapsed), String(weight)],
      );
      return decide({ previous, current }, elapsed, windowMs, limit);
    },
  };
}
