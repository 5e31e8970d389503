"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import type { QuizActionState } from "@/components/quiz/quiz-form";
import { ensureSubject } from "@/lib/auth/subject";
import { classContext } from "@/lib/classes/class-submit";
import { listBriefingSlugs } from "@/lib/content/load-briefings";
import { loadQuiz } from "@/lib/quiz/load-quiz";
import { submitAttempt } from "@/lib/quiz/submit";
import { limitSubmission } from "@/lib/rate-limit/request-limits";
import { isFormData, textField } from "@/lib/forms/form-fields";
import { getStore } from "@/lib/store";

/** Thin: find the quiz, hand the form to lib/quiz, then show the stored result. */
export async function submitQuiz(
  _state: QuizActionState,
  form: FormData,
): Promise<QuizActionState> {
  const slug = textField(form, "slug");
  if (!isFormData(form) || !slug || !listBriefingSlugs().includes(slug)) {
    return { errors: { "": "This quiz does not exist. Go back to the briefing and start again." } };
  }
  // In a class: the class must be open and this browser one of its students.
  const code = textField(form, "classCode");
  let klass;
  if (code) {
    const context = await classContext(code);
    if (!context.ok) return { errors: { "": context.message } };
    if (context.record.slug !== slug)
      return { errors: { "": "This form belongs to another quiz." } };
    klass = { code, studentId: context.studentId };
  }
  const outcome = await submitAttempt({
    store: getStore(),
    quiz: loadQuiz(slug)!,
    slug,
    form,
    subject: ensureSubject,
    newId: randomUUID,
    klass,
    limit: limitSubmission,
  });
  if (!outcome.ok) {
    const { errors, values, retry, attemptId, retryAfterSeconds } = outcome;
    return { errors, values, retry, attemptId, retryAfterSeconds };
  }
  redirect(`/${slug}/quiz/result/${outcome.attemptId}`);
}
