"use client";

import { memo, type RefObject } from "react";
import type { UseFormClearErrors, UseFormRegister } from "react-hook-form";
import type { AnswerValue, QuizFormValues } from "@/lib/quiz/answer-form-schema";
import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";
import { seededShuffle } from "@/lib/quiz/shuffle";
import { QuestionFields } from "./question-fields";
import { ErrorMessage } from "@/components/forms/error-message";
import { say, type QuizFormWords } from "@/lib/i18n/form-words";

type Props = {
  question: PublicQuestion;
  number: number;
  current: boolean;
  /** This attempt's shuffle seed; only the question on screen gets one (see below). */
  seed: string | undefined;
  /** Authored order for the whole attempt: the question the server's HTML shows (optionSeed). */
  authoredOrder: boolean;
  error: string | undefined;
  posted: AnswerValue | undefined;
  register: UseFormRegister<QuizFormValues>;
  clearErrors: UseFormClearErrors<QuizFormValues>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  words: QuizFormWords;
};

/**
 * One question. Memoised, and shuffled only while on screen, so moving between questions
 * re-renders two of them rather than all: hydration and taps stay cheap on slow phones.
 * Hidden questions keep authored order; keyed elements keep their state when reordered.
 * The first question is never shuffled, so its options show at first paint (optionSeed).
 */
export const QuestionBlock = memo(function QuestionBlock({
  question: q,
  number,
  current,
  seed,
  authoredOrder,
  error,
  posted,
  register,
  clearErrors,
  headingRef,
  words,
}: Props) {
  const order = (list: { id: string; text: string }[]) => (seed ? seededShuffle(list, seed) : list);
  return (
    <fieldset
      id={`q-${q.id}`}
      className={current ? "mt-6 min-w-0" : "js-hidden mt-6 min-w-0"}
      aria-describedby={error ? `${q.id}-error` : undefined}
      onChange={() => clearErrors(`answers.${q.id}`)}
    >
      <legend className="contents">
        <h2
          ref={current ? headingRef : undefined}
          tabIndex={-1}
          className="text-xl font-bold tracking-tight focus:outline-none"
        >
          <span className="mr-2 text-accent-ink">{number}.</span>
          <span data-read>{q.prompt}</span>
        </h2>
      </legend>
      {/* Ready in the server's HTML when the order is final already (the first question);
          a later one is hidden until its shuffle is applied, so its options never jump. */}
      <div className="quiz-options" data-ready={authoredOrder || seed ? "" : undefined}>
        <QuestionFields
          question={q}
          register={register}
          order={order}
          posted={posted}
          words={words}
        />
      </div>
      <ErrorMessage id={`${q.id}-error`} message={say(words, error)} className="mt-3" />
    </fieldset>
  );
});
