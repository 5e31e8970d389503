import type { NextRequest } from "next/server";
import { limitedResponse } from "@/lib/rate-limit/limited-response";
import { handlers, limits } from "@/lib/services/services.server";

export const { GET } = handlers;

/**
 * Auth.js's POST endpoints (sign-in, callbacks, sign-out) are reachable without our pages, so
 * sign-in attempts are limited here too; a refusal says when to come back.
 */
export async function POST(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const signingIn = /\/api\/auth\/(signin|callback)\//.test(pathname);
  const limited = signingIn ? await limits().signIn(request.headers) : undefined;
  if (limited) return limitedResponse(limited);
  return handlers.POST(request);
}
