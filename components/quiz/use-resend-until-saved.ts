import { useEffect, useEffectEvent, useRef } from "react";
import type { QuizActionState } from "@/lib/quiz/quiz-action-state";

/** Seconds before each automatic resend while the store is unreachable; the last repeats. */
export const RETRY_DELAYS = [3, 6, 12, 30];

/**
 * Not saved yet: resend the same attempt (same id, so it can only land once) after a growing
 * pause, or as soon as the device says it is back online. The reader never has to press
 * Submit again, though they may.
 *
 * Each new "retry" state (every failed resend returns a fresh object) schedules the next
 * step of the back-off; any other state (a result with errors, a stale page) stops it. The
 * step count lives as long as the form: a success leaves the page, so it never resets.
 */
export function useResendUntilSaved(state: QuizActionState, resend: () => void) {
  const retries = useRef(0);
  // An Effect Event: the latest `resend` is called, but a new one (each render makes one)
  // does not restart the timer, which would also count as another step of the back-off.
  const resendNow = useEffectEvent(resend);
  const retry = state?.payload?.retry === true;

  useEffect(() => {
    if (!retry) return;
    const fire = () => resendNow();
    const backoff = RETRY_DELAYS[Math.min(retries.current, RETRY_DELAYS.length - 1)]!;
    // A rate limit says how long it refuses; resending earlier would only be refused again.
    const delay = Math.max(backoff, state?.payload?.retryAfterSeconds ?? 0);
    retries.current++;
    const timer = setTimeout(fire, delay * 1000);
    window.addEventListener("online", fire);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", fire);
    };
  }, [retry, state]);
}
