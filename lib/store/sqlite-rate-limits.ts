import "server-only";
import type Database from "better-sqlite3";
import { decide, windowAt } from "@/lib/rate-limit/sliding-window";
import type { RateLimitPort } from "@/lib/rate-limit/rate-limit-port";

export const RATE_LIMIT_SCHEMA = `
  CREATE TABLE IF NOT EXISTS rate_limits (
    key        TEXT NOT NULL,
    window     INTEGER NOT NULL,
    count      INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (key, window)
  );
  CREATE INDEX IF NOT EXISTS rate_limits_by_expiry ON rate_limits (expires_at);
`;

// Expired counters are swept every this many hits: cheap, and the table stays small.
const SWEEP_EVERY = 500;

export function sqliteRateLimitOps(open: () => Database.Database): RateLimitPort {
  let hits = 0;
  return {
    async hitRateLimit(key, limit, windowMs, now, weight = 1) {
      const d = open();
      const { index, elapsed } = windowAt(now, windowMs);
      const count = d.prepare("SELECT count FROM rate_limits WHERE key = ? AND window = ?");
      const hit = d.transaction(() => {
        const previous = (count.get(key, index - 1) as { count: number } | undefined)?.count ?? 0;
        const current = (count.get(key, index) as { count: number } | undefined)?.count ?? 0;
        const decision = decide({ previous, current }, elapsed, windowMs, limit);
        if (decision.allowed && weight === 1) {
          d.prepare(
            `INSERT INTO rate_limits (key, window, count, expires_at) VALUES (?, ?, 1, ?)
             ON CONFLICT (key, window) DO UPDATE SET count = count + 1`,
          ).run(key, index, (index + 2) * windowMs);
        }
        return decision;
      });
      // IMMEDIATE: the read and the write are one step even with another process on the file.
      const decision = hit.immediate();
      if (++hits % SWEEP_EVERY === 0) {
        d.prepare("DELETE FROM rate_limits WHERE expires_at < ?").run(now);
      }
      return decision;
    },
  };
}
