/**
 * The caller's address for per-network limits. On Vercel `x-forwarded-for` is the client
 * address, set by the platform. Behind a proxy that appends (nginx, most load balancers) the
 * last entry is the one the proxy saw; earlier ones are whatever the client sent. A
 * self-hosted `next start` facing the internet directly trusts the header as sent (Next sets
 * it from the socket only when absent), so run it behind such a proxy.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").pop()?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
