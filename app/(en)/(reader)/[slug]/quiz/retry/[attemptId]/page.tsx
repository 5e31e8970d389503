import { retryRoute } from "@/components/quiz/attempt-routes";
import { submitQuiz } from "../../actions";

const route = retryRoute("en", submitQuiz);
export const { metadata } = route;
export default route.Page;
