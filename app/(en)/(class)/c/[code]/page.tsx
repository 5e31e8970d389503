import { classRoute } from "@/components/classes/class-routes";
import { joinAction } from "./actions";

const route = classRoute("en", joinAction);
export const { metadata } = route;
export default route.Page;
