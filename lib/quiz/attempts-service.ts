import "server-only";
import { randomUUID } from "node:crypto";
import { currentSubject, ensureSubject } from "@/lib/auth/subject-service";
import { classContext } from "@/lib/classes/student-service";
import { loadBriefing, listBriefingSlugs } from "@/lib/content/load-briefings";
import { textField } from "@/lib/forms/form-fields";
import { limitSubmission } from "@/lib/rate-limit/limits-service";
import { getStore } from "@/lib/store";
import type { AttemptRecord } from "./attempt";
import { loadQuiz } from "./load-quiz";
import { submitAttempt, type SubmitOutcome } from "./submit";

// Quiz attempts: sending one, and reading one back. The owner is the subject (signed-in user
// or this browser's anonymous id); nobody else can read an attempt, and a class submission
// needs the class open and this browser one of its students.

export const NO_SUCH_QUIZ = "This quiz does not exist. Go back to the briefing and start again.";
export const OTHER_QUIZ = "This form belongs to another quiz.";

/** A posted quiz form: validated, scored from the server's keys and stored once. */
export async function submitQuizForm(form: FormData): Promise<SubmitOutcome & { slug?: string }> {
  const slug = textField(form, "slug");
  if (!(form instanceof FormData) || !slug || !listBriefingSlugs().includes(slug)) {
    return { ok: false, errors: { "": NO_SUCH_QUIZ } };
  }
  const code = textField(form, "classCode");
  let klass;
  if (code) {
    const context = await classContext(code);
    if (!context.ok) return { ok: false, errors: { "": context.message } };
    if (context.record.slug !== slug) return { ok: false, errors: { "": OTHER_QUIZ } };
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
  return { ...outcome, slug };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The attempt if, and only if, the person asking owns it. Anything else (unknown, malformed,
 * someone else's, another briefing's) is the same undefined: a page shows 404 and reveals
 * nothing about whether the id exists.
 */
async function ownedAttempt(slug: string, attemptId: string): Promise<AttemptRecord | undefined> {
  if (!UUID.test(attemptId)) return undefined;
  const subject = await currentSubject();
  if (!subject) return undefined;
  const attempt = await getStore().getAttempt(subject, attemptId);
  return attempt?.slug === slug ? attempt : undefined;
}

/**
 * For the result and retry pages: the briefing, its quiz, the reader's own attempt, and its
 * class if it was made in one. `answersHidden`: the class shows only the score until the
 * teacher reveals the answers.
 */
export async function loadOwnedAttempt(slug: string, attemptId: string) {
  const briefing = loadBriefing(slug);
  const quiz = briefing && loadQuiz(slug);
  const attempt = quiz && (await ownedAttempt(slug, attemptId));
  if (!briefing || !quiz || !attempt) return undefined;
  const klass = attempt.classCode
    ? await getStore().getClass(attempt.classCode, Date.now())
    : undefined;
  const answersHidden = klass?.feedback === "after-close" && klass.revealedAt === undefined;
  return { briefing, quiz, attempt, klass, answersHidden };
}
