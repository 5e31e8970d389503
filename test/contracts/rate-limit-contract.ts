import { describe, expect, it } from "vitest";
import type { RateLimitPort } from "@/lib/rate-limit/rate-limit-port";
import type { MakeStore } from "./each-fresh";

const MINUTE = 60_000;
// Mid-window, so the arithmetic below does not straddle a window edge.
const T0 = 1_000 * MINUTE + 30_000;

/** The rate-limit half of the port, run against each adapter. */
export function rateLimitContract(name: string, makeStore: MakeStore<RateLimitPort>) {
  describe(`Rate-limit contract: ${name}`, () => {
    it("allows the limit, refuses the next with a retry time, and counts keys apart", async () => {
      const store = await makeStore();
      const key = `k-${crypto.randomUUID()}`;
      const hits = [];
      for (let i = 0; i < 4; i++) hits.push(await store.hitRateLimit(key, 3, MINUTE, T0 + i));
      expect(hits.map((h) => h.allowed)).toEqual([true, true, true, false]);
      // 30 s to the next window, where the 3 hits weigh just under 3.
      expect(hits[3]!.retryAfterMs).toBe(30_000 - 3 + 1);
      expect((await store.hitRateLimit(`${key}-other`, 3, MINUTE, T0)).allowed).toBe(true);
      await store.close();
    });

    it("slides: the previous window counts by its overlap, refusals are not counted", async () => {
      const store = await makeStore();
      const key = `k-${crypto.randomUUID()}`;
      for (let i = 0; i < 4; i++) await store.hitRateLimit(key, 4, MINUTE, T0);
      // Refused many times: still only 4 counted.
      for (let i = 0; i < 5; i++) await store.hitRateLimit(key, 4, MINUTE, T0);
      // Next window, 3/4 through: the 4 previous hits weigh 1, so 3 more fit.
      const later = T0 + 30_000 + 45_000;
      const next = [];
      for (let i = 0; i < 4; i++) next.push(await store.hitRateLimit(key, 4, MINUTE, later));
      expect(next.map((h) => h.allowed)).toEqual([true, true, true, false]);
      await store.close();
    });

    it("weight 0 asks without counting", async () => {
      const store = await makeStore();
      const key = `k-${crypto.randomUUID()}`;
      for (let i = 0; i < 5; i++) {
        expect((await store.hitRateLimit(key, 2, MINUTE, T0, 0)).allowed).toBe(true);
      }
      await store.hitRateLimit(key, 2, MINUTE, T0);
      await store.hitRateLimit(key, 2, MINUTE, T0);
      expect((await store.hitRateLimit(key, 2, MINUTE, T0, 0)).allowed).toBe(false);
      await store.close();
    });

    it("never overshoots under concurrent hits", async () => {
      const store = await makeStore();
      const key = `k-${crypto.randomUUID()}`;
      const results = await Promise.all(
        Array.from({ length: 60 }, () => store.hitRateLimit(key, 25, MINUTE, T0)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(25);
      await store.close();
    });
  });
}
