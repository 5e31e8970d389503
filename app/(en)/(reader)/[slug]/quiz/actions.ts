"use server";

import { settle } from "@/lib/forms/settle.server";
import type { QuizActionState } from "@/lib/quiz/quiz-action-state";
import { quizAttempts } from "@/lib/services/services.server";

/** The attempts service validates, scores and stores; then the stored result shows. */
export async function submitQuiz(_state: QuizActionState, form: FormData) {
  return settle(await quizAttempts().submit(form));
}
