import { quizRoute } from "@/components/quiz/quiz-route";
import { submitQuiz } from "./actions";

// Every briefing's quiz, prerendered at build time; an unknown slug is a 404, not a render.
export const dynamicParams = false;
const route = quizRoute("en", submitQuiz);
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
