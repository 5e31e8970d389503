import type { Limited } from "./check-limits.server";

/** A refused request from a route handler: 429, the message, and when to come back. */
export function limitedResponse(limited: Limited, headers: Record<string, string> = {}) {
  return new Response(limited.message, {
    status: 429,
    headers: {
      ...headers,
      "retry-after": String(limited.retryAfterSeconds),
      "content-type": "text/plain; charset=utf-8",
    },
  });
}
