import { langField } from "@/lib/forms/form-fields";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import type { Limited } from "@/lib/rate-limit/check-limits.server";
import type { AttemptsPort } from "./attempts-port";
import type { ClassSubmissions } from "./class-submissions";
import {
  formDataToValues,
  messagesByQuestion,
  quizFormSchema,
  toResponses,
  type AnswerValue,
} from "./answer-form-schema";
import { toPublicQuiz } from "./public-quiz";
import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";
import { scoreAttempt } from "./score";

export type SubmitOutcome =
  | { ok: true; attemptId: string; duplicate: boolean }
  /**
   * `values` echoes the reader's answers so a no-JS form can re-render them filled in.
   * `retry`: the answers were fine but the store did not take them; sending the same form
   * again later is safe (same attempt id) and is what the browser does.
   */
  | {
      ok: false;
      errors: Record<string, string>;
      values?: Record<string, AnswerValue>;
      retry?: boolean;
      /** With `retry`: the id to send again, so a form without JS cannot store twice. */
      attemptId?: string;
      /** Rate-limited: not before this many seconds. */
      retryAfterSeconds?: number;
    };

type Input = {
  /** Where the attempt goes. */
  store: Pick<AttemptsPort, "recordAttempt">;
  /** Where it also counts when made in a class (lib/classes implements it). */
  classes?: Pick<ClassSubmissions, "count">;
  quiz: Quiz;
  slug: string;
  form: FormData;
  subject: () => Promise<string>;
  newId: () => string;
  now?: number;
  /** In a class: the student the attempt also counts for (ClassSubmissions.admit said so). */
  klass?: { code: string; studentId: string };
  /** Rate limits for this subject (lib/rate-limit): a refusal keeps the answers for later. */
  limit?: (subjectId: string) => Promise<Limited | undefined>;
};

/** A form posted for one quiz to another (a class of another briefing, a tampered slug). */
export const OTHER_QUIZ = "This form belongs to another quiz.";

export const NOT_SAVED_MESSAGE =
  "Not saved yet: we couldn't reach our storage. Your answers are kept on this device and we'll keep trying; you can also press Submit again.";

export const CONFLICT_MESSAGE =
  "This attempt could not be saved. Reload the quiz to start a fresh attempt; your answers stay filled in.";

/**
 * The whole submission, framework-free: parse strictly against the public questions (the
 * same schema the browser used), identify, score from the server's keys, store idempotently.
 * The subject is resolved only after the input is valid, so junk never mints a cookie.
 */
export async function submitAttempt({
  store,
  classes,
  quiz,
  slug,
  form,
  subject,
  newId,
  now,
  klass,
  limit,
}: Input): Promise<SubmitOutcome> {
  const only = form.get("only");
  const subset = typeof only === "string" && only ? new Set(only.split(",")) : undefined;
  const questions = toPublicQuiz(quiz, subset).questions;
  if (subset && questions.length !== subset.size) {
    return {
      ok: false,
      errors: {
        "": "This retry lists questions that are not in the quiz. Start it again from your results.",
      },
    };
  }
  const raw = formDataToValues(form, questions);
  const parsed = quizFormSchema(questions).safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: messagesByQuestion(parsed.error.issues),
      values: echo(raw.answers, questions),
    };
  }
  if (parsed.data.slug !== slug) return { ok: false, errors: { "": OTHER_QUIZ } };

  const keyed = quiz.questions.filter((q) => questions.some((p) => p.id === q.id));
  const responses = toResponses(questions, parsed.data.answers);
  const { score, maxScore, results } = scoreAttempt(keyed, responses);
  const subjectId = await subject();
  // No-JS forms come from a prerendered page that cannot carry a per-visitor id.
  const attemptId = parsed.data.attemptId ?? newId();
  const limited = await limit?.(subjectId);
  if (limited) {
    // The limiter's store is the attempt's store: if it cannot answer, say so in those words.
    const message = limited.unavailable
      ? NOT_SAVED_MESSAGE
      : `${limited.message} Your answers are kept on this device.`;
    return {
      ok: false,
      retry: true,
      errors: { "": message },
      values: echo(raw.answers, questions),
      attemptId,
      retryAfterSeconds: limited.retryAfterSeconds,
    };
  }
  const record = {
    attemptId,
    subjectId,
    slug,
    createdAt: now ?? Date.now(),
    questionIds: keyed.map((q) => q.id),
    responses,
    credits: Object.fromEntries(results.map((r) => [r.questionId, r.credit])),
    score,
    maxScore,
    lang: langField(form),
    ...(klass ? { classCode: klass.code } : {}),
  };
  let result;
  try {
    result = await store.recordAttempt(record);
    // Idempotent too, and done for a duplicate as well: a retry after the class write
    // failed must still reach the class.
    if (klass && classes && result.status !== "conflict") {
      const { attemptId, createdAt, responses, credits, lang } = result.attempt;
      await classes.count(klass.code, klass.studentId, {
        attemptId,
        createdAt,
        score: result.attempt.score,
        maxScore: result.attempt.maxScore,
        responses,
        credits,
        ...(lang ? { lang } : {}),
      });
    }
  } catch (error) {
    // The client's error text repeats the whole command (answers included): log the cause only.
    const cause = error instanceof Error ? error.message.split(", command was:")[0] : error;
    console.error("[quiz] store unavailable; the browser will retry:", cause);
    return {
      ok: false,
      retry: true,
      errors: { "": NOT_SAVED_MESSAGE },
      values: echo(raw.answers, questions),
      attemptId: record.attemptId,
    };
  }
  if (result.status === "conflict") return { ok: false, errors: { "": CONFLICT_MESSAGE } };
  return {
    ok: true,
    attemptId: result.attempt.attemptId,
    duplicate: result.status === "duplicate",
  };
}

/** Only the string-shaped answers to known questions go back to the page. */
function echo(answers: unknown, questions: PublicQuestion[]): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  const given = answers as Record<string, unknown>;
  const strings = (v: unknown) => typeof v === "string";
  for (const { id } of questions) {
    const value = given[id];
    if (strings(value)) out[id] = value as string;
    else if (Array.isArray(value) && value.every(strings)) out[id] = value as string[];
    else if (isPlainObject(value) && Object.values(value).every(strings)) {
      // A plain copy: the form's prototype-less records cannot be passed to the client.
      out[id] = Object.fromEntries(Object.entries(value)) as Record<string, string>;
    }
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const prototype = Object.getPrototypeOf(v);
  return prototype === Object.prototype || prototype === null;
}
