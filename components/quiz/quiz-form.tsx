"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  startTransition,
  useActionState,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { useForm, type FieldError, type FieldErrors, type Resolver } from "react-hook-form";
import { newAttemptId } from "@/lib/quiz/attempt-id";
import { quizFormSchema, type AnswerValue, type QuizFormValues } from "@/lib/quiz/answers";
import type { PublicQuestion } from "@/lib/quiz/public-quiz";
import { seededShuffle } from "@/lib/quiz/shuffle";
import { draftKey, readDraft, writeDraft } from "./draft-storage";
import { QuestionFields } from "./question-fields";

export type QuizActionState = {
  errors: Record<string, string>;
  /** The answers as posted, so a no-JS page re-renders them filled in (React resets forms). */
  values?: Record<string, AnswerValue>;
} | null;

type Props = {
  slug: string;
  questions: PublicQuestion[];
  /** Comma-separated question ids when this is a retry of missed questions. */
  only?: string;
  action: (state: QuizActionState, form: FormData) => Promise<QuizActionState>;
};

const subscribeNothing = () => () => {};

/**
 * The quiz. Server-rendered as one plain form that posts to the server action (works with
 * JavaScript off, authored option order). Once hydrated: one question a screen, options
 * shuffled per attempt, instant validation with the shared schema, and a local draft.
 */
export function QuizForm({ slug, questions, only, action }: Props) {
  const enhanced = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [state, formAction, pending] = useActionState(action, null);
  const [index, setIndex] = useState(0);
  const [attemptId, setAttemptId] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = draftKey(slug, only);

  const schema = useMemo(() => quizFormSchema(questions), [questions]);
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
      // The schema's output has no `undefined` answers; the form's values may, until validated.
      resolver: zodResolver(schema) as unknown as Resolver<QuizFormValues>,
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
    reset({ ...defaults, attemptId: id, answers: { ...defaults.answers, ...draft?.answers } });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above: external store, read once
    setAttemptId(id);
    setIndex(Math.min(draft?.index ?? 0, questions.length - 1));
  }, [key, defaults, reset, questions.length]);

  useEffect(() => {
    if (!attemptId) return;
    const save = () => writeDraft(key, { attemptId, answers: getValues("answers"), index });
    save();
    // subscribe, not watch: saving a draft must not re-render the form on every tap.
    return subscribe({ formState: { values: true }, callback: save });
  }, [key, attemptId, index, getValues, subscribe]);

  const order = (q: PublicQuestion) => (list: { id: string; text: string }[]) =>
    enhanced && attemptId ? seededShuffle(list, `${attemptId}:${q.id}`) : list;

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
      () => startTransition(() => formAction(new FormData(form))),
      (errors) => {
        const first = questions.findIndex((q) => errors.answers?.[q.id]);
        if (first >= 0) go(first);
      },
    )(event);
  };

  const oneAtATime = enhanced && attemptId !== undefined;
  const last = index === questions.length - 1;
  const formError = state?.errors[""];

  return (
    <form
      action={formAction}
      onSubmit={oneAtATime ? submit : undefined}
      noValidate={oneAtATime}
      className="mt-6"
    >
      {/* Plain values, not registered fields: a server render must carry them for no-JS posts. */}
      <input type="hidden" name="slug" value={slug} />
      {only && <input type="hidden" name="only" value={only} />}
      {attemptId && <input type="hidden" name="attemptId" value={attemptId} />}

      <div className="quiz-progress" aria-live="polite">
        <p className="text-sm font-medium">
          {oneAtATime ? `${index + 1} of ${questions.length}` : `${questions.length} questions`}
        </p>
        <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-rule" aria-hidden="true">
          <div
            className="h-full origin-left bg-accent transition-transform motion-reduce:transition-none"
            style={{ transform: `scaleX(${oneAtATime ? (index + 1) / questions.length : 1})` }}
          />
        </div>
      </div>

      {formError && (
        <p role="alert" className="quiz-error mt-4">
          {formError}
        </p>
      )}

      {questions.map((q, i) => {
        const error = messageOf(formState.errors.answers?.[q.id]) ?? state?.errors[q.id];
        const current = i === index;
        return (
          <fieldset
            key={q.id}
            id={`q-${q.id}`}
            hidden={oneAtATime && !current}
            aria-describedby={error ? `${q.id}-error` : undefined}
            onChange={() => clearErrors(`answers.${q.id}`)}
            className="mt-6 min-w-0"
          >
            <legend className="contents">
              <h2
                ref={current ? headingRef : undefined}
                tabIndex={-1}
                className="text-xl font-bold tracking-tight focus:outline-none"
              >
                <span className="mr-2 text-accent-ink">{i + 1}.</span>
                {q.prompt}
              </h2>
            </legend>
            <QuestionFields
              question={q}
              register={register}
              order={order(q)}
              required={!oneAtATime}
              posted={state?.values?.[q.id]}
            />
            {error && (
              <p id={`${q.id}-error`} role="alert" className="quiz-error mt-3">
                {error}
              </p>
            )}
          </fieldset>
        );
      })}

      <div className="mt-8 flex gap-3">
        {oneAtATime && index > 0 && (
          <button type="button" className="button-secondary" onClick={() => go(index - 1)}>
            Back
          </button>
        )}
        {oneAtATime && !last ? (
          <button type="button" className="button-primary ml-auto" onClick={next}>
            Next
          </button>
        ) : (
          <button type="submit" className="button-primary ml-auto" disabled={pending}>
            {pending ? "Checking…" : "Submit answers"}
          </button>
        )}
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
