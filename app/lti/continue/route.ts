import { lti } from "@/lib/services/services.server";
import { ltiResponse } from "@/lib/services/lti-routes.server";

/** A framed launch going on in a tab of its own: its one-time ticket, then where it lands. */
export async function GET(request: Request) {
  const ticket = new URL(request.url).searchParams.get("ticket") ?? "";
  return ltiResponse(await lti().continueWith(ticket));
}
