import type { Lang } from "@/lib/i18n/lang";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import { typeOf, type PublicQuestion } from "@/lib/quiz/question-types/type-registry";

/**
 * What a quiz page may know: prompts and choices. No answer keys, no explanations, no reasons,
 * and no cited fact ids (their names would give answers away): each type's `project`.
 */
export type PublicQuiz = { title: string; questions: PublicQuestion[] };

export function toPublicQuiz(
  quiz: Quiz,
  only?: ReadonlySet<string>,
  lang: Lang = "en",
): PublicQuiz {
  const questions = only ? quiz.questions.filter((q) => only.has(q.id)) : quiz.questions;
  return { title: quiz.title, questions: questions.map((q) => typeOf(q).project(q, lang)) };
}
