// The quiz's validation: the shared zod schema behind react-hook-form's resolver. Loaded with
// import() after the form is on screen (see lazy-form-resolver.ts), so zod's code is not evaluated
// in the same task as hydration on a slow phone.
import type { Resolver } from "react-hook-form";
import { quizFormSchema, type QuizFormValues } from "./answer-form-schema";
import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";
import { schemaResolver } from "@/lib/forms/schema-resolver";

export function quizResolver(questions: PublicQuestion[]): Resolver<QuizFormValues> {
  // The schema's output has no `undefined` answers; the form's values may, until validated.
  return schemaResolver(quizFormSchema(questions)) as unknown as Resolver<QuizFormValues>;
}
