import "server-only";
import { randomUUID } from "node:crypto";
import type { Identity } from "@/lib/auth/identity";
import { listBriefingSlugs } from "@/lib/content/load-briefings.server";
import { loadEdition } from "@/lib/content/load-edition.server";
import { problemState, type Outcome } from "@/lib/forms/action-state";
import { langField, textField } from "@/lib/forms/form-fields";
import { routes } from "@/lib/links/routes";
import type { Lang } from "@/lib/i18n/lang";
import { inLanguage } from "@/lib/i18n/messages-es";
import type { Limited } from "@/lib/rate-limit/check-limits.server";
import type { AttemptRecord } from "./attempt";
import type { AttemptsPort } from "./attempts-port";
import type { ClassSubmissions } from "./class-submissions";
import { loadQuiz } from "./load-quiz.server";
import type { QuizActionState } from "./quiz-action-state";
import { submitAttempt, type SubmitOutcome } from "./submit";

// Quiz attempts: sending one, and reading one back. The owner is the subject (signed-in user
// or this browser's anonymous id); nobody else can read an attempt, and a class submission
// needs the class to admit it (open, and this browser one of its students).

const NO_SUCH_QUIZ = "This quiz does not exist. Go back to the briefing and start again.";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type AttemptsDeps = {
  attempts: AttemptsPort;
  identity: Identity;
  classes: ClassSubmissions;
  /** Rate limits for one subject's submissions (lib/rate-limit). */
  limit: (subjectId: string) => Promise<Limited | undefined>;
  newId?: () => string;
  clock?: () => number;
};

export function attemptsService({
  attempts,
  identity,
  classes,
  limit,
  newId = randomUUID,
  clock = Date.now,
}: AttemptsDeps) {
  /**
   * The attempt if, and only if, the person asking owns it. Anything else (unknown,
   * malformed, someone else's, another briefing's) is the same undefined: a page shows 404
   * and reveals nothing about whether the id exists.
   */
  async function ownedAttempt(slug: string, id: string): Promise<AttemptRecord | undefined> {
    if (!UUID.test(id)) return undefined;
    const subject = await identity.subject();
    if (!subject) return undefined;
    const attempt = await attempts.getAttempt(subject, id);
    return attempt?.slug === slug ? attempt : undefined;
  }

  /** A posted quiz form: validated, scored from the server's keys and stored once. */
  async function submitQuizForm(form: FormData): Promise<SubmitOutcome & { slug?: string }> {
    const slug = textField(form, "slug");
    if (!(form instanceof FormData) || !slug || !listBriefingSlugs().includes(slug)) {
      return { ok: false, errors: { "": NO_SUCH_QUIZ } };
    }
    const now = clock();
    const code = textField(form, "classCode");
    let klass;
    if (code) {
      const admitted = await classes.admit(code, slug, now);
      if (!admitted.ok) return { ok: false, errors: { "": admitted.message } };
      klass = { code, studentId: admitted.studentId };
    }
    const outcome = await submitAttempt({
      store: attempts,
      classes,
      quiz: loadQuiz(slug)!,
      slug,
      form,
      subject: () => identity.ensureSubject(),
      newId,
      now,
      klass,
      limit,
    });
    return { ...outcome, slug };
  }

  return {
    submitQuizForm,

    /** The quiz action: on to the stored result, or the problems to show beside the answers. */
    async submit(form: FormData): Promise<Outcome<QuizActionState>> {
      const outcome = await submitQuizForm(form);
      const lang = langField(form);
      if (outcome.ok) return { redirect: routes.result(outcome.slug!, outcome.attemptId, lang) };
      const { errors, values, retry, attemptId, retryAfterSeconds } = outcome;
      const payload = retry ? { retry, attemptId, retryAfterSeconds } : undefined;
      return { state: problemState(inLanguage(errors, lang), values ?? {}, payload) };
    },

    /**
     * For the result and retry pages, in the page's language: the briefing, its quiz, the reader's own attempt, and
     * its class if it was made in one. `answersHidden`: the class shows only the score until
     * the teacher reveals the answers.
     */
    async loadOwnedAttempt(slug: string, attemptId: string, lang: Lang = "en") {
      const briefing = loadEdition(slug, lang);
      const quiz = briefing && loadQuiz(slug, lang);
      const attempt = quiz && (await ownedAttempt(slug, attemptId));
      if (!briefing || !quiz || !attempt) return undefined;
      const klass = attempt.classCode
        ? await classes.resultView(attempt.classCode, clock())
        : undefined;
      return { briefing, quiz, attempt, klass, answersHidden: klass?.answersHidden ?? false };
    },
  };
}
