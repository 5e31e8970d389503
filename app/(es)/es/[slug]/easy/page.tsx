import { briefingRoute } from "@/components/briefing/briefing-route";

// The easier Spanish text of each briefing that has one, prerendered at build time; an unknown slug is a 404, not a render.
export const dynamicParams = false;
const route = briefingRoute("es", "easy");
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
