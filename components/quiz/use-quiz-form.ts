import { useMemo } from "react";
import { useForm, type FieldError, type FieldErrors } from "react-hook-form";
import type { QuizFormValues } from "@/lib/quiz/answer-form-schema";
import { lazyQuizResolver } from "@/lib/quiz/lazy-form-resolver";
import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";
import { FIELDS } from "./question-fields/fields-registry";

/**
 * The quiz's react-hook-form, validated by the shared schema loaded lazily: zod and the
 * schema are fetched with `import()` when the reader starts answering (`resolver.preload`,
 * wired to the form's first tap or focus), not while the page loads, and the first
 * validation (Next, Submit) waits for them if they are late. The server checks the same
 * schema whatever happens. Returns the form, the resolver (for `preload`) and the empty
 * values a draft is restored over.
 */
export function useQuizForm(slug: string, only: string | undefined, questions: PublicQuestion[]) {
  const resolver = useMemo(() => lazyQuizResolver(questions), [questions]);
  const defaults = useMemo<QuizFormValues>(
    () => ({
      slug,
      ...(only ? { only } : {}),
      answers: Object.fromEntries(questions.map((q) => [q.id, FIELDS[q.type].empty])),
    }),
    [slug, only, questions],
  );
  const form = useForm<QuizFormValues>({
    resolver,
    defaultValues: defaults,
    // Validate when the reader tries to move on, and clear a question's message as soon as
    // they change it: validating on blur would move the Next button mid-tap.
    mode: "onSubmit",
    reValidateMode: "onSubmit",
  });
  return { form, resolver, defaults };
}

/** The first message under a question's error, however deep (match and order nest). */
export function messageOf(error: FieldError | FieldErrors | undefined): string | undefined {
  if (!error) return undefined;
  if (typeof error.message === "string" && error.message) return error.message;
  for (const child of Object.values(error)) {
    // Skip the `ref` RHF keeps on an error: it is a DOM element, not a nested error.
    if (child && typeof child === "object" && !("nodeType" in child)) {
      const found = messageOf(child as FieldErrors);
      if (found) return found;
    }
  }
  return undefined;
}
