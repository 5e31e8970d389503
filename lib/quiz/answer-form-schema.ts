// The quiz form's one schema: built from the public questions, used by react-hook-form in the
// browser and re-checked by the server action. zod/mini keeps it small in the client bundle.
import * as z from "zod/mini";
import { CODE_PATTERN } from "@/lib/links/class-code-pattern";
import { issueMessages, type Issue } from "@/lib/forms/action-state";
import { answerOf } from "./question-types/answer-registry";
import type { PublicQuestion } from "./question-types/type-registry";
import type { Response } from "./question-types/shared";

export type AnswerValue = string | string[] | Record<string, string>;
export type QuizFormValues = {
  slug: string;
  attemptId?: string;
  only?: string;
  classCode?: string;
  answers: Record<string, AnswerValue | undefined>;
};

/** Strict at every level: an unknown question, field or option is rejected, not ignored. */
export function quizFormSchema(questions: PublicQuestion[]) {
  const shape = Object.fromEntries(questions.map((q) => [q.id, answerOf(q).schema(q)]));
  return z.strictObject({
    slug: z.string().check(z.regex(/^[a-z0-9-]{1,80}$/)),
    attemptId: z.optional(z.uuid()),
    only: z.optional(z.string().check(z.regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/))),
    classCode: z.optional(z.string().check(z.regex(CODE_PATTERN))),
    answers: z.strictObject(shape),
  });
}

export type ParsedQuizForm = z.infer<ReturnType<typeof quizFormSchema>>;

/**
 * FormData (a no-JS post, or the enhanced form's own fields) to the schema's input shape.
 * Field names: `answers.<question>` (checkbox groups repeat it) and `answers.<question>.<part>`
 * for order positions and match choices. React's `$ACTION_*` fields are framework plumbing.
 * `lang` (the page's language) is read beside the answers, by lib/forms/form-fields.ts.
 */
export function formDataToValues(
  form: FormData,
  questions: PublicQuestion[],
): Record<string, unknown> {
  // Checkbox groups post one field per ticked box: those answers are lists.
  const repeated = new Set(questions.filter((q) => answerOf(q).repeats).map((q) => q.id));
  const values = dict();
  const answers = dict();
  for (const [key, value] of form.entries()) {
    // The page's language is not an answer: the service reads it (langField), not the schema.
    if (key.startsWith("$ACTION") || key === "lang") continue;
    const text = value; // strings from any real form; a File fails the schema below
    if (key === "answers") {
      answers[""] = text; // a bare `answers` field: an answer to no question, rejected below
      continue;
    }
    if (!key.startsWith("answers.")) {
      values[key] = key in values ? [values[key], text].flat() : text;
      continue;
    }
    const [id = "", part, ...rest] = key.slice("answers.".length).split(".");
    if (rest.length > 0) {
      answers[key] = text; // too deep: kept so the strict schema names it
    } else if (part !== undefined) {
      const group = answers[id];
      const record = group && typeof group === "object" && !Array.isArray(group) ? group : dict();
      (record as Record<string, unknown>)[part] = text;
      answers[id] = record;
    } else if (repeated.has(id)) {
      answers[id] = [...(Array.isArray(answers[id]) ? answers[id] : []), text];
    } else {
      answers[id] = id in answers ? [answers[id], text].flat() : text;
    }
  }
  values.answers = answers;
  return values;
}

/**
 * Without a prototype, every field name is an own key: `__proto__` or `constructor` from a
 * form stays a key the strict schema rejects, instead of being swallowed (or changing the
 * object's prototype).
 */
function dict(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** Parsed form answers to the scorer's shapes, each by its type's form half. */
export function toResponses(
  questions: PublicQuestion[],
  answers: ParsedQuizForm["answers"],
): Record<string, Response> {
  const out: Record<string, Response> = {};
  for (const q of questions) {
    const a = answers[q.id];
    if (a !== undefined) out[q.id] = answerOf(q).toResponse(a);
  }
  return out;
}

/** The first message per question, keyed by question id ("" for the form itself). */
export function messagesByQuestion(issues: readonly Issue[]) {
  return issueMessages(issues, { nestedUnder: "answers" });
}
