"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import type { QuizActionState } from "@/components/quiz/quiz-form";
import { ensureSubject } from "@/lib/auth/subject";
import { listBriefingSlugs } from "@/lib/content/load-briefings";
import { loadQuiz } from "@/lib/quiz/load-quiz";
import { submitAttempt } from "@/lib/quiz/submit";
import { getStore } from "@/lib/store";

const STORE_DOWN =
  "We couldn't save your answers just now. They are kept on this device: try again in a moment.";

/** Thin: find the quiz, hand the form to lib/quiz, then show the stored result. */
export async function submitQuiz(
  _state: QuizActionState,
  form: FormData,
): Promise<QuizActionState> {
  const slug = form.get("slug");
  if (typeof slug !== "string" || !listBriefingSlugs().includes(slug)) {
    return { errors: { "": "This quiz does not exist. Go back to the briefing and start again." } };
  }
  let outcome;
  try {
    outcome = await submitAttempt({
      store: getStore(),
      quiz: loadQuiz(slug)!,
      slug,
      form,
      subject: ensureSubject,
      newId: randomUUID,
    });
  } catch (error) {
    console.error("[quiz] submission failed", error);
    return { errors: { "": STORE_DOWN } };
  }
  if (!outcome.ok) return { errors: outcome.errors, values: outcome.values };
  redirect(`/${slug}/quiz/result/${outcome.attemptId}`);
}
