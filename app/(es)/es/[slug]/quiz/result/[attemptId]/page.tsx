import { resultRoute } from "@/components/quiz/attempt-routes";

// The reader's own attempt in Spanish (whichever language it was taken in): same scoring.
const route = resultRoute("es");
export const { metadata } = route;
export default route.Page;
