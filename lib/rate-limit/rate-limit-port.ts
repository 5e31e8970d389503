// The storage rate limits need: counters every instance sees. lib/store implements it,
// proven by test/contracts/rate-limit-contract.ts.
import type { RateDecision } from "./sliding-window";

/** Rate-limit counters, kept where every instance sees them. */
export interface RateLimitPort {
  /**
   * One more hit on a rate-limit key (lib/rate-limit/sliding-window.ts), counted only when
   * allowed; `weight` 0 asks without counting. Atomic: concurrent hits cannot overshoot.
   */
  hitRateLimit(
    key: string,
    limit: number,
    windowMs: number,
    now: number,
    weight?: 0 | 1,
  ): Promise<RateDecision>;
}
