import { ltiFailedRoute } from "@/components/lti/lti-pages";

const route = ltiFailedRoute("en");
export const { metadata } = route;
export default route.Page;
