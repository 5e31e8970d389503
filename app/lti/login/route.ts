import { requestOrigin } from "@/lib/classes/origin.server";
import { lti } from "@/lib/services/services.server";
import { ltiFields, ltiResponse } from "@/lib/services/lti-routes.server";

/** LTI 1.3 login initiation, as an LMS sends it (GET or POST): on to its authorization. */
async function login(request: Request) {
  return ltiResponse(await lti().login(await ltiFields(request), await requestOrigin()));
}

export { login as GET, login as POST };
