import { resultRoute } from "@/components/quiz/attempt-routes";

const route = resultRoute("en");
export const { metadata } = route;
export default route.Page;
