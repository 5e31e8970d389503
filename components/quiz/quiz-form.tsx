"use client";

import { useActionState, useEffect, useRef } from "react";
import { ListenButton } from "@/components/listen/listen-button";
import { DeferredHydration } from "@/components/ui/deferred-hydration";
import { optionSeed, SHOWN_BEFORE_HYDRATION } from "@/lib/quiz/shuffle";
import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";
import { draftKey } from "./draft-storage";
import { QuestionBlock } from "./question-block";
import { useQuizDraft } from "./use-quiz-draft";
import { messageOf, useQuizForm } from "./use-quiz-form";
import { useQuizPaging } from "./use-quiz-paging";
import { useResendUntilSaved } from "./use-resend-until-saved";
import type { QuizAction } from "@/lib/quiz/quiz-action-state";
import { useSendAnswers } from "./use-send-answers";
import { ErrorMessage } from "@/components/forms/error-message";
import { say, type QuizFormWords } from "@/lib/i18n/form-words";
import type { Lang } from "@/lib/i18n/lang";

type Props = {
  slug: string;
  questions: PublicQuestion[];
  /** Comma-separated question ids when this is a retry of missed questions. */
  only?: string;
  /** Taken in a class: the submission also counts for the student in that class. */
  classCode?: string;
  action: QuizAction;
  /** The page's words, from the server's dictionary. */
  words: QuizFormWords;
  /** The page's language: stored with the attempt, and the result page's. */
  lang: Lang;
};

const NO_JS_STYLE =
  ".js-only{display:none!important}.js-hidden{display:block!important}" +
  "button.js-hidden{display:inline-flex!important}.quiz-options{visibility:visible!important;animation:none!important}";

/**
 * The quiz. Server-rendered as one plain form that posts to the server action (works with
 * JavaScript off, authored option order). Once hydrated: one question a screen, options
 * shuffled per attempt (all but the first question's, see optionSeed), instant validation
 * with the shared schema, and a local draft.
 */
export function QuizForm(props: Props) {
  // Hydrated after the rest of the page, in slices (see DeferredHydration).
  return (
    <DeferredHydration>
      <QuizFormBody {...props} />
    </DeferredHydration>
  );
}

function QuizFormBody({ slug, questions, only, classCode, action, words, lang }: Props) {
  // The action state serves the no-JS post (React renders it into the server's response).
  // With JS the form calls the action itself (useSendAnswers), so a dropped connection
  // becomes a message, not an error screen, and the draft stays for the next try.
  const [postedState, formAction, posting] = useActionState(action, null);
  const { sent: sentState, sending, send } = useSendAnswers(action, words);
  const state = sentState ?? postedState;
  const pending = posting || sending;
  const formRef = useRef<HTMLFormElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);

  const { form, resolver, defaults } = useQuizForm(slug, only, questions);
  const { register, handleSubmit, trigger, clearErrors, formState } = form;

  const paging = useQuizPaging(questions, (id) => trigger(`answers.${id}`));
  const { index, last } = paging;
  const attemptId = useQuizDraft({
    draftKey: draftKey(slug, only, classCode),
    defaults,
    form,
    index,
    restoreIndex: paging.restore,
  });
  useResendUntilSaved(sentState, () => formRef.current?.requestSubmit());

  // A message about the whole form sits above the question; on a phone the reader is at the
  // Submit button, a screen below it. Bring it into view whenever a new one arrives.
  const formError = state?.formError;
  useEffect(() => {
    if (formError) formErrorRef.current?.scrollIntoView({ block: "nearest" });
  }, [formError, sentState]);

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    return handleSubmit(
      // The form's own fields, exactly what a no-JS post would send, through the same action.
      () =>
        send(state, new FormData(element), (result) =>
          paging.showFirstError((id) => result?.fieldErrors[id]),
        ),
      (errors) => paging.showFirstError((id) => errors.answers?.[id]),
    )(event);
  };

  // The attempt id exists only once the client has taken over (set after hydration).
  const oneAtATime = attemptId !== undefined;

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
      {lang !== "en" && <input type="hidden" name="lang" value={lang} />}
      {/* Without JS the server made the id; a resend after "not saved yet" must reuse it. */}
      {(attemptId ?? state?.payload?.attemptId) && (
        <input type="hidden" name="attemptId" value={attemptId ?? state?.payload?.attemptId} />
      )}

      {/* Server HTML already looks like the one-at-a-time flow, so hydrating moves nothing
          (no layout shift). Without JavaScript this style restores the single long form. */}
      <noscript>
        <style>{NO_JS_STYLE}</style>
      </noscript>
      {/* Listen reads the question on screen. The row is as tall as its button either way,
          so showing the button once a voice is found moves nothing. */}
      <div className="js-only flex min-h-11 items-center gap-4">
        <div className="quiz-progress flex-1" aria-live="polite">
          <p className="text-sm font-medium">
            {index + 1} {words.of} {questions.length}
          </p>
          <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-rule" aria-hidden="true">
            <div
              className="h-full origin-left bg-accent transition-transform motion-reduce:transition-none"
              style={{ transform: `scaleX(${(index + 1) / questions.length})` }}
            />
          </div>
        </div>
        <ListenButton
          target={`q-${questions[index]!.id}`}
          label={`${words.listenTo} ${index + 1}`}
          text={words.listen}
        />
      </div>

      <ErrorMessage ref={formErrorRef} message={say(words, formError)} className="mt-4 scroll-mt-4">
        {state?.payload?.stale && (
          <button
            type="button"
            className="button-secondary mt-3 flex"
            onClick={() => window.location.reload()}
          >
            {words.reload}
          </button>
        )}
      </ErrorMessage>

      {questions.map((q, i) => (
        <QuestionBlock
          key={q.id}
          question={q}
          number={i + 1}
          current={i === index}
          // The first question keeps authored order, visible from first paint; the others are
          // shuffled per attempt when shown. Trade-off: question 1 reads the same for everyone.
          seed={optionSeed(attemptId, { id: q.id, position: i }, index)}
          authoredOrder={i === SHOWN_BEFORE_HYDRATION}
          error={messageOf(formState.errors.answers?.[q.id]) ?? state?.fieldErrors[q.id]}
          posted={state?.values?.[q.id]}
          register={register}
          clearErrors={clearErrors}
          headingRef={paging.headingRef}
          words={words}
        />
      ))}

      <div className="mt-8 flex gap-3">
        {index > 0 && (
          <button type="button" className="button-secondary js-only" onClick={paging.back}>
            {words.back}
          </button>
        )}
        {!last && (
          <button type="button" className="button-primary js-only ml-auto" onClick={paging.next}>
            {words.next}
          </button>
        )}
        <button
          type="submit"
          className={last ? "button-primary ml-auto" : "button-primary js-hidden ml-auto"}
          disabled={pending}
        >
          {pending ? words.checking : words.submit}
        </button>
      </div>
    </form>
  );
}
