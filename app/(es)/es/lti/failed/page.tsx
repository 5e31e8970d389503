import { ltiFailedRoute } from "@/components/lti/lti-pages";

// A launch into a Spanish class that failed: the same page, in Spanish.
const route = ltiFailedRoute("es");
export const { metadata } = route;
export default route.Page;
