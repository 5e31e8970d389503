"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import type { QuizActionState } from "@/components/quiz/quiz-form";
import { ensureSubject } from "@/lib/auth/subject";
import { listBriefingSlugs } from "@/lib/content/load-briefings";
import { loadQuiz } from "@/lib/quiz/load-quiz";
import { submitAttempt } from "@/lib/quiz/submit";
import { getStore } from "@/lib/store";

/** Thin: find the quiz, hand the form to lib/quiz, then show the stored result. */
export async function submitQuiz(
  _state: QuizActionState,
  form: FormData,
): Promise<QuizActionState> {
  const slug = form.get("slug");
  if (typeof slug !== "string" || !listBriefingSlugs().includes(slug)) {
    return { errors: { "": "This quiz does not exist. Go back to the briefing and start again." } };
  }
  const outcome = await submitAttempt({
    store: getStore(),
    quiz: loadQuiz(slug)!,
    slug,
    form,
    subject: ensureSubject,
    newId: randomUUID,
  });
  if (!outcome.ok) {
    const { errors, values, retry, attemptId } = outcome;
    return { errors, values, retry, attemptId };
  }
  redirect(`/${slug}/quiz/result/${outcome.attemptId}`);
}
