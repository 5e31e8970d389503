import { requestOrigin } from "@/lib/classes/origin.server";
import { lti } from "@/lib/services/services.server";
import { autoPost, ltiFields, ltiResponse } from "@/lib/services/lti-routes.server";

/** The picker's choice: signed as a Deep Linking response, posted on to the LMS. */
export async function POST(request: Request) {
  const answer = await lti().pick(await ltiFields(request), await requestOrigin());
  if ("failed" in answer) return ltiResponse(answer);
  return autoPost(answer.returnUrl, { JWT: answer.jwt });
}
