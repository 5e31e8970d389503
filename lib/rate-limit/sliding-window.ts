// A sliding-window counter made of two fixed windows: the previous window's count weighs in
// by how much of it still overlaps the last `windowMs`. Two integers per key, no burst of
// twice the limit at a window edge (a fixed window allows that), and the same rule in both
// adapters (the KV script repeats only the comparison in `isAllowed`).

export type WindowCounts = { previous: number; current: number };

export type RateDecision = { allowed: boolean; retryAfterMs: number };

/** Where `now` falls: the index of its fixed window and the time since that window began. */
export function windowAt(now: number, windowMs: number): { index: number; elapsed: number } {
  const index = Math.floor(now / windowMs);
  return { index, elapsed: now - index * windowMs };
}

export function isAllowed(
  { previous, current }: WindowCounts,
  elapsed: number,
  windowMs: number,
  limit: number,
): boolean {
  return (previous * (windowMs - elapsed)) / windowMs + current < limit;
}

/**
 * The decision for one more hit given the counts before it, and, when it is refused, how long
 * until a hit would be allowed again if nothing else arrives.
 */
export function decide(
  counts: WindowCounts,
  elapsed: number,
  windowMs: number,
  limit: number,
): RateDecision {
  if (isAllowed(counts, elapsed, windowMs, limit)) return { allowed: true, retryAfterMs: 0 };
  const { previous, current } = counts;
  const rest = windowMs - elapsed;
  // Still in this window: wait until enough of the previous window has slid out.
  // Otherwise: wait for the next window, then for enough of this one to slide out.
  const wait =
    current < limit
      ? rest - ((limit - current) * windowMs) / previous
      : rest + windowMs * (1 - limit / current);
  return { allowed: false, retryAfterMs: Math.max(1, Math.ceil(wait) + 1) };
}
