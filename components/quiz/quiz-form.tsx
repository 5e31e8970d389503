"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { unstable_isUnrecognizedActionError } from "next/navigation";
import { useForm, type FieldError, type FieldErrors } from "react-hook-form";
import { DeferredHydration } from "@/components/ui/deferred-hydration";
import { newAttemptId } from "@/lib/quiz/attempt-id";
import type { AnswerValue, QuizFormValues } from "@/lib/quiz/answers";
import { lazyQuizResolver } from "@/lib/quiz/lazy-form-resolver";
import type { PublicQuestion } from "@/lib/quiz/public-quiz";
import { draftKey, readDraft, writeDraft } from "./draft-storage";
import { QuestionBlock } from "./question-block";

export type QuizActionState = {
  errors: Record<string, string>;
  /** The answers as posted, so a no-JS page re-renders them filled in (React resets forms). */
  values?: Record<string, AnswerValue>;
  /** Not saved yet (store unreachable): send the same attempt again later. */
  retry?: boolean;
  attemptId?: string;
  /** Rate-limited: the next automatic resend waits at least this long. */
  retryAfterSeconds?: number;
  /** The page is from an older deployment (its action is gone): reloading fixes it. */
  stale?: boolean;
} | null;

type Props = {
  slug: string;
  questions: PublicQuestion[];
  /** Comma-separated question ids when this is a retry of missed questions. */
  only?: string;
  /** Taken in a class: the submission also counts for the student in that class. */
  classCode?: string;
  action: (state: QuizActionState, form: FormData) => Promise<QuizActionState>;
};

const NOT_SENT =
  "Not sent yet: check your connection. Your answers are saved on this device and we'll keep trying; you can also press Submit again.";

const STALE =
  "This page was updated while you were answering. Reload it to send your answers: they are kept on this device.";

/** Seconds before each automatic resend while the store is unreachable; the last repeats. */
const RETRY_DELAYS = [3, 6, 12, 30];

const NO_JS_STYLE =
  ".js-only{display:none!important}.js-hidden{display:block!important}" +
  "button.js-hidden{display:inline-flex!important}.quiz-options{visibility:visible!important;animation:none!important}";

/**
 * The quiz. Server-rendered as one plain form that posts to the server action (works with
 * JavaScript off, authored option order). Once hydrated: one question a screen, options
 * shuffled per attempt, instant validation with the shared schema, and a local draft.
 */
export function QuizForm(props: Props) {
  // Hydrated after the rest of the page, in slices (see DeferredHydration).
  return (
    <DeferredHydration>
      <QuizFormBody {...props} />
    </DeferredHydration>
  );
}

function QuizFormBody({ slug, questions, only, classCode, action }: Props) {
  // The action state serves the no-JS post (React renders it into the server's response).
  // With JS the form calls the action itself, so a dropped connection becomes a message,
  // not an error screen, and the draft stays for the next try.
  const [postedState, formAction, posting] = useActionState(action, null);
  const [sentState, setSentState] = useState<QuizActionState>(null);
  const [sending, setSending] = useState(false);
  const state = sentState ?? postedState;
  const pending = posting || sending;
  const [index, setIndex] = useState(0);
  const [attemptId, setAttemptId] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);
  const retries = useRef(0);
  const key = draftKey(slug, only, classCode);

  const resolver = useMemo(() => lazyQuizResolver(questions), [questions]);
  const defaults = useMemo<QuizFormValues>(
    () => ({
      slug,
      ...(only ? { only } : {}),
      answers: Object.fromEntries(
        questions.map((q) => [q.id, q.type === "multi" ? [] : undefined]),
      ),
    }),
    [slug, only, questions],
  );
  const { register, handleSubmit, trigger, reset, getValues, subscribe, clearErrors, formState } =
    useForm<QuizFormValues>({
      resolver,
      defaultValues: defaults,
      // Validate when the reader tries to move on, and clear a question's message as soon as
      // they change it: validating on blur would move the Next button mid-tap.
      mode: "onSubmit",
      reValidateMode: "onSubmit",
    });

  // Restore (or start) this attempt's draft once, after hydration: localStorage does not
  // exist on the server, so reading it during render would not match the server's HTML.
  useEffect(() => {
    const draft = readDraft(key);
    const id = draft?.attemptId ?? newAttemptId();
    // keepFieldsRef: write the restored values into the mounted inputs now. Without it RHF
    // waits for each input to re-register, and memoised hidden questions never re-render.
    // A first visit has nothing to restore: skipping reset keeps this task short.
    if (draft)
      reset(
        { ...defaults, attemptId: id, answers: { ...defaults.answers, ...draft.answers } },
        { keepFieldsRef: true },
      );
    // A transition: this re-render (shuffling the question on screen) runs in its own
    // interruptible slices instead of inside the commit that finished hydrating the form.
    startTransition(() => {
      setAttemptId(id);
      setIndex(Math.min(draft?.index ?? 0, questions.length - 1));
    });
  }, [key, defaults, reset, questions.length]);

  useEffect(() => {
    if (!attemptId) return;
    const save = () => writeDraft(key, { attemptId, answers: getValues("answers"), index });
    save();
    // subscribe, not watch: saving a draft must not re-render the form on every tap.
    return subscribe({ formState: { values: true }, callback: save });
  }, [key, attemptId, index, getValues, subscribe]);

  // Not saved yet: resend the same attempt (same id, so it can only land once) after a
  // growing pause, or as soon as the device says it is back online.
  const retry = sentState?.retry === true;
  useEffect(() => {
    if (!retry) return;
    const resend = () => formRef.current?.requestSubmit();
    const backoff = RETRY_DELAYS[Math.min(retries.current, RETRY_DELAYS.length - 1)]!;
    const delay = Math.max(backoff, sentState?.retryAfterSeconds ?? 0);
    retries.current++;
    const timer = setTimeout(resend, delay * 1000);
    window.addEventListener("online", resend);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", resend);
    };
  }, [retry, sentState]);

  // A message about the whole form sits above the question; on a phone the reader is at the
  // Submit button, a screen below it. Bring it into view whenever a new one arrives.
  const formError = state?.errors[""];
  useEffect(() => {
    if (formError) formErrorRef.current?.scrollIntoView({ block: "nearest" });
  }, [formError, sentState]);

  const go = (to: number) => {
    setIndex(to);
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const next = async () => {
    if (await trigger(`answers.${questions[index]!.id}`)) go(index + 1);
  };
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    return handleSubmit(
      // The form's own fields, exactly what a no-JS post would send, through the same action.
      () =>
        startTransition(async () => {
          setSending(true);
          try {
            // On success the action redirects to the result; only problems come back.
            const result = await action(state, new FormData(form));
            setSentState(result);
            const first = questions.findIndex((q) => result?.errors[q.id]);
            if (first >= 0) go(first);
          } catch (error) {
            // A deployment replaced the action: resending cannot work, reloading does.
            setSentState(
              unstable_isUnrecognizedActionError(error)
                ? { errors: { "": STALE }, stale: true }
                : { errors: { "": NOT_SENT }, retry: true },
            );
          } finally {
            setSending(false);
          }
        }),
      (errors) => {
        const first = questions.findIndex((q) => errors.answers?.[q.id]);
        if (first >= 0) go(first);
      },
    )(event);
  };

  // The attempt id exists only once the client has taken over (set after hydration).
  const oneAtATime = attemptId !== undefined;
  const last = index === questions.length - 1;

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={oneAtATime ? submit : undefined}
      // The validation code is fetched when the reader starts answering (a tap or focus in
      // the form), not while the page loads; Next and Submit wait for it if it is late.
      onPointerDown={resolver.preload}
      onFocus={resolver.preload}
      noValidate={oneAtATime}
      className="mt-6"
    >
      {/* Plain values, not registered fields: a server render must carry them for no-JS posts. */}
      <input type="hidden" name="slug" value={slug} />
      {only && <input type="hidden" name="only" value={only} />}
      {classCode && <input type="hidden" name="classCode" value={classCode} />}
      {/* Without JS the server made the id; a resend after "not saved yet" must reuse it. */}
      {(attemptId ?? state?.attemptId) && (
        <input type="hidden" name="attemptId" value={attemptId ?? state?.attemptId} />
      )}

      {/* Server HTML already looks like the one-at-a-time flow, so hydrating moves nothing
          (no layout shift). Without JavaScript this style restores the single long form. */}
      <noscript>
        <style>{NO_JS_STYLE}</style>
      </noscript>
      <div className="quiz-progress js-only" aria-live="polite">
        <p className="text-sm font-medium">
          {index + 1} of {questions.length}
        </p>
        <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-rule" aria-hidden="true">
          <div
            className="h-full origin-left bg-accent transition-transform motion-reduce:transition-none"
            style={{ transform: `scaleX(${(index + 1) / questions.length})` }}
          />
        </div>
      </div>

      {formError && (
        <p ref={formErrorRef} role="alert" className="quiz-error mt-4 scroll-mt-4">
          {formError}
          {state?.stale && (
            <button
              type="button"
              className="button-secondary mt-3 flex"
              onClick={() => window.location.reload()}
            >
              Reload the quiz
            </button>
          )}
        </p>
      )}

      {questions.map((q, i) => (
        <QuestionBlock
          key={q.id}
          question={q}
          number={i + 1}
          current={i === index}
          seed={attemptId && i === index ? `${attemptId}:${q.id}` : undefined}
          error={messageOf(formState.errors.answers?.[q.id]) ?? state?.errors[q.id]}
          posted={state?.values?.[q.id]}
          register={register}
          clearErrors={clearErrors}
          headingRef={headingRef}
        />
      ))}

      <div className="mt-8 flex gap-3">
        {index > 0 && (
          <button type="button" className="button-secondary js-only" onClick={() => go(index - 1)}>
            Back
          </button>
        )}
        {!last && (
          <button type="button" className="button-primary js-only ml-auto" onClick={next}>
            Next
          </button>
        )}
        <button
          type="submit"
          className={last ? "button-primary ml-auto" : "button-primary js-hidden ml-auto"}
          disabled={pending}
        >
          {pending ? "Checking…" : "Submit answers"}
        </button>
      </div>
    </form>
  );
}

/** The first message under a question's error, however deep (match and order nest). */
function messageOf(error: FieldError | FieldErrors | undefined): string | undefined {
  if (!error) return undefined;
  if (typeof error.message === "string" && error.message) return error.message;
  for (const child of Object.values(error)) {
    if (child && typeof child === "object" && !("nodeType" in child)) {
      const found = messageOf(child as FieldErrors);
      if (found) return found;
    }
  }
  return undefined;
}
