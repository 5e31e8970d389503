import type { Question } from "../../lib/quiz/question-types/type-registry";
import { responseFields } from "../../test/support/quiz-responses";

/** A full, right set of answers as form fields (what the no-JS quiz form posts). */
export function answerFields(questions: Question[]): [string, string][] {
  return questions.flatMap((q) => responseFields(q, q.answer));
}
