import { requestOrigin } from "@/lib/classes/origin.server";
import { lti } from "@/lib/services/services.server";
import { fromOurPage } from "@/lib/security/our-page";
import { ltiResponse } from "@/lib/services/lti-routes.server";

/** A framed launch going on in a tab of its own: its one-time ticket, then where it lands. */
export async function GET(request: Request) {
  const ticket = new URL(request.url).searchParams.get("ticket") ?? "";
  const ours = fromOurPage(request.headers, await requestOrigin());
  return ltiResponse(await lti().continueWith(ticket, { fromOurPage: ours }));
}
