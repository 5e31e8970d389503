import { classRoute } from "@/components/classes/class-routes";
import { joinAction } from "@/app/(en)/(class)/c/[code]/actions";

// A class link in Spanish: the same class, join and briefing; the form says which language.
const route = classRoute("es", joinAction);
export const { metadata } = route;
export default route.Page;
