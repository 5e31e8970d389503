import { classQuizRoute } from "@/components/classes/class-routes";
import { submitQuiz } from "@/app/(en)/(reader)/[slug]/quiz/actions";

const route = classQuizRoute("en", submitQuiz);
export const { metadata } = route;
export default route.Page;
