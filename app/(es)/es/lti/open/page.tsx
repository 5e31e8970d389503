import { ltiOpenRoute } from "@/components/lti/lti-pages";

// A Spanish class's learner in the LMS's frame: on in a new tab, in Spanish.
const route = ltiOpenRoute("es");
export const { metadata } = route;
export default route.Page;
