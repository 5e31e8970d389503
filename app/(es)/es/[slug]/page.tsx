import { briefingRoute } from "@/components/briefing/briefing-route";

// Every briefing with a Spanish edition (its es/ folder), prerendered at build time; an unknown slug is a 404, not a render.
export const dynamicParams = false;
const route = briefingRoute("es", "standard");
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
