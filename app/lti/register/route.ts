import { requestOrigin } from "@/lib/classes/origin.server";
import { lti } from "@/lib/services/services.server";
import { ltiFields, registrationResponse } from "@/lib/services/lti-routes.server";

/** LTI Dynamic Registration: an LMS registers itself, with our key in the URL it was given. */
export async function GET(request: Request) {
  return registrationResponse(
    await lti().register(await ltiFields(request), await requestOrigin()),
  );
}
