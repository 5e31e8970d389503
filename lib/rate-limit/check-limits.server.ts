import { createHash } from "node:crypto";
import type { RateLimitPort } from "@/lib/rate-limit/rate-limit-port";
import type { RateRule } from "./rules";

/** `unavailable`: the store could not answer (a caller may word it as its own store error). */
export type Limited = { message: string; retryAfterSeconds: number; unavailable?: boolean };

/** `peek`: ask whether the key is over its limit without counting this request. */
export type LimitCheck = { rule: RateRule; key: string; peek?: boolean };

const STORE_ERROR_WAIT_SECONDS = 10;

/**
 * Counts one hit on each check (together: on KV they share one request) and returns the
 * first refusal, or undefined when all allow it. Keys are hashed: no IP address or user id
 * is stored in the clear, and a caller cannot make a key of any size.
 */
export async function checkLimits(
  store: RateLimitPort,
  checks: LimitCheck[],
  now = Date.now(),
): Promise<Limited | undefined> {
  const outcomes = await Promise.all(
    checks.map(async ({ rule, key, peek }) => {
      try {
        const hashed = createHash("sha256").update(key).digest("base64url").slice(0, 24);
        const weight = peek ? 0 : 1;
        return await store.hitRateLimit(
          `${rule.name}:${hashed}`,
          rule.limit,
          rule.windowMs,
          now,
          weight,
        );
      } catch (error) {
        console.error(`[rate-limit] ${rule.name}: store unavailable:`, (error as Error).message);
        return rule.onStoreError === "allow"
          ? { allowed: true, retryAfterMs: 0 }
          : { allowed: false, retryAfterMs: STORE_ERROR_WAIT_SECONDS * 1000, storeError: true };
      }
    }),
  );
  const index = outcomes.findIndex((o) => !o.allowed);
  if (index < 0) return undefined;
  const outcome = outcomes[index]!;
  const retryAfterSeconds = Math.ceil(outcome.retryAfterMs / 1000);
  if ("storeError" in outcome) {
    const message = `We could not check this request just now. Try again in ${STORE_ERROR_WAIT_SECONDS} seconds.`;
    return { message, retryAfterSeconds, unavailable: true };
  }
  const message = `${checks[index]!.rule.message} Try again in ${waitText(retryAfterSeconds)}.`;
  return { message, retryAfterSeconds };
}

/** "40 seconds", "1 minute", "7 minutes": as a person says a wait (the form waits exactly). */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
