import { ltiOpenRoute } from "@/components/lti/lti-pages";

const route = ltiOpenRoute("en");
export const { metadata } = route;
export default route.Page;
