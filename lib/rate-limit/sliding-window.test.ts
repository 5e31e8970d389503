import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, isAllowed, windowAt } from "./sliding-window";

const W = 60_000;

describe("sliding window", () => {
  it("allows `limit` hits in a fresh window, then refuses until the window has slid", () => {
    expect(decide({ previous: 0, current: 4 }, 1000, W, 5).allowed).toBe(true);
    const refused = decide({ previous: 0, current: 5 }, 1000, W, 5);
    expect(refused.allowed).toBe(false);
    // Allowed again as soon as the next window begins: its 5 hits then weigh just under 5.
    expect(refused.retryAfterMs).toBe(59_000 + 1);
    // Halfway, 10 previous hits weigh 5 (+3): 2 of them must slide out, a fifth of a window.
    expect(decide({ previous: 10, current: 3 }, W / 2, W, 6).retryAfterMs).toBe(12_000 + 1);
  });

  it("counts the previous window by its overlap", () => {
    // Halfway through: 10 previous hits weigh 5.
    expect(isAllowed({ previous: 10, current: 0 }, W / 2, W, 6)).toBe(true);
    expect(isAllowed({ previous: 10, current: 1 }, W / 2, W, 6)).toBe(false);
  });

  it("windowAt splits time into the window index and the time into it", () => {
    expect(windowAt(125_000, W)).toEqual({ index: 2, elapsed: 5_000 });
  });

  it("the retry time is exact: refused just before it, allowed at it", () => {
    const counts = fc.record({
      previous: fc.integer({ min: 0, max: 50 }),
      current: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(
        counts,
        fc.integer({ min: 0, max: W - 1 }),
        fc.integer({ min: 1, max: 40 }),
        (c, elapsed, limit) => {
          const decision = decide(c, elapsed, W, limit);
          if (decision.allowed) return;
          expect(decision.retryAfterMs).toBeGreaterThan(0);
          expect(decision.retryAfterMs).toBeLessThanOrEqual(2 * W + 2);
          // Replay time with no new hits: refused before the retry time, allowed at it.
          const at = (t: number) => {
            const total = elapsed + t;
            const { index, elapsed: e } = windowAt(total, W);
            const shifted =
              index === 0
                ? c
                : index === 1
                  ? { previous: c.current, current: 0 }
                  : { previous: 0, current: 0 };
            return isAllowed(shifted, e, W, limit);
          };
          expect(at(decision.retryAfterMs)).toBe(true);
          if (decision.retryAfterMs > 2) expect(at(decision.retryAfterMs - 3)).toBe(false);
        },
      ),
    );
  });
});
