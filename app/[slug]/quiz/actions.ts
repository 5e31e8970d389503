"use server";

import { redirect } from "next/navigation";
import type { QuizActionState } from "@/components/quiz/quiz-form";
import { submitQuizForm } from "@/lib/quiz/attempts-service";
import { routes } from "@/lib/routes";

/** Thin: the attempts service validates, scores and stores; then show the stored result. */
export async function submitQuiz(
  _state: QuizActionState,
  form: FormData,
): Promise<QuizActionState> {
  const outcome = await submitQuizForm(form);
  if (!outcome.ok) {
    const { errors, values, retry, attemptId, retryAfterSeconds } = outcome;
    return { errors, values, retry, attemptId, retryAfterSeconds };
  }
  redirect(routes.result(outcome.slug!, outcome.attemptId));
}
