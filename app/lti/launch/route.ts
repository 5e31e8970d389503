import { requestOrigin } from "@/lib/classes/origin.server";
import { lti } from "@/lib/services/services.server";
import { ltiFields, ltiResponse } from "@/lib/services/lti-routes.server";

/** The LMS's launch (its form post of an id_token): checked, then where the person lands. */
export async function POST(request: Request) {
  const fields = await ltiFields(request);
  // Browsers say when a navigation happens inside a frame (Fetch Metadata).
  const inFrame = request.headers.get("sec-fetch-dest") === "iframe";
  const sameOrigin = request.headers.get("origin") === (await requestOrigin());
  return ltiResponse(await lti().launch(fields, { inFrame, sameOrigin }));
}
