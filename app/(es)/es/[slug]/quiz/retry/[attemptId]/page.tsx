import { retryRoute } from "@/components/quiz/attempt-routes";
import { submitQuiz } from "@/app/(en)/(reader)/[slug]/quiz/actions";

const route = retryRoute("es", submitQuiz);
export const { metadata } = route;
export default route.Page;
