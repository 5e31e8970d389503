"use server";

import { redirect } from "next/navigation";
import type { QuizActionState } from "@/components/quiz/quiz-form";
import { quizAttempts } from "@/lib/services/services.server";
import { routes } from "@/lib/links/routes";

/** Thin: the attempts service validates, scores and stores; then show the stored result. */
export async function submitQuiz(
  _state: QuizActionState,
  form: FormData,
): Promise<QuizActionState> {
  const outcome = await quizAttempts().submitQuizForm(form);
  if (!outcome.ok) {
    const { errors, values, retry, attemptId, retryAfterSeconds } = outcome;
    return { errors, values, retry, attemptId, retryAfterSeconds };
  }
  redirect(routes.result(outcome.slug!, outcome.attemptId));
}
