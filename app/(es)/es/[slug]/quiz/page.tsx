import { quizRoute } from "@/components/quiz/quiz-route";
import { submitQuiz } from "@/app/(en)/(reader)/[slug]/quiz/actions";

// Every briefing's Spanish quiz (the English one's questions and keys in Spanish words),
// prerendered; answers go to the same action and are scored by the same code.
export const dynamicParams = false;
const route = quizRoute("es", submitQuiz);
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
