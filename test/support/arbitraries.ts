// fast-check arbitraries shared by the *.property.test.ts files: valid quizzes as the content
// check accepts them, answers as a browser posts them, and the garbage a client can send instead.
import fc from "fast-check";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import type { Question } from "@/lib/quiz/question-types/type-registry";
import type { AnswerValue, QuizFormValues } from "@/lib/quiz/answer-form-schema";
import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";

/**
 * Content ids (lowercase kebab-case). "constructor" is a legal id that is also an
 * Object.prototype name; it is left out here and probed on its own where it matters.
 */
export const contentId = fc.stringMatching(/^[a-z0-9]{1,5}(?:-[a-z0-9]{1,5}){0,2}$/);

const ids = (min: number, max: number) =>
  fc.uniqueArray(contentId, { minLength: min, maxLength: max });

// Numbered texts: no two options share a last word or contain each other (a content rule
// for match questions, where such options may name the same person).
const choices = (list: string[]) => list.map((id, i) => ({ id, text: `Choice ${i + 1}` }));
const WHY = { text: "Not in the report.", notInReport: true as const };
/** Choices where every one not in the key says why it is wrong, as the content check asks. */
const reasonedChoices = (list: string[], key: readonly string[]) =>
  choices(list).map((c) => (key.includes(c.id) ? c : { ...c, why: WHY }));
const withReasons = (list: string[]) =>
  choices(list).map((c) => ({ ...c, facts: ["fact"], why: WHY }));

const base = (id: string) => ({
  id,
  prompt: `Prompt ${id}?`,
  explanation: "Because.",
  facts: ["fact"],
});

/** One question of any type whose answer key passes the content check (parse-quiz.ts). */
export function questionArb(id: string): fc.Arbitrary<Question> {
  const single = ids(2, 5).chain((options) =>
    fc.constantFrom(...options).map((answer): Question => ({
      ...base(id),
      type: "single",
      options: reasonedChoices(options, [answer]),
      answer,
    })),
  );
  const multi = ids(3, 6).chain((options) =>
    // Not every option: the content check refuses a question where nothing is wrong.
    fc
      .shuffledSubarray(options, { minLength: 1, maxLength: options.length - 1 })
      .map((answer): Question => ({
        ...base(id),
        type: "multi",
        options: reasonedChoices(options, answer),
        answer,
      })),
  );
  const trueFalse = fc
    .boolean()
    .map((answer): Question => ({ ...base(id), type: "true-false", answer, whyNot: WHY }));
  const order = ids(3, 6).chain((items) =>
    fc
      .tuple(permutation(items), permutation(items))
      // Authored order must not give the key away (a content rule).
      .filter(([shown, answer]) => shown.some((item, i) => item !== answer[i]))
      .map(([shown, answer]): Question => ({
        ...base(id),
        type: "order",
        items: withReasons(shown),
        answer,
      })),
  );
  const match = fc.tuple(ids(2, 5), ids(2, 5)).chain(([prompts, options]) =>
    fc.tuple(...prompts.map(() => fc.constantFrom(...options))).map((picked): Question => ({
      ...base(id),
      type: "match",
      prompts: withReasons(prompts),
      options: choices(options),
      answer: Object.fromEntries(prompts.map((p, i) => [p, picked[i]!])),
    })),
  );
  return fc.oneof(single, multi, trueFalse, order, match);
}

/** A whole valid quiz: 1–6 questions with distinct ids. */
export const quizArb: fc.Arbitrary<Quiz> = ids(1, 6).chain((questionIds) =>
  fc
    .tuple(...questionIds.map((id) => questionArb(id)))
    .map((questions) => ({ title: "Generated quiz", questions })),
);

export function permutation<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}

/** Any answer a reader can give through the form's own controls: always valid. */
function validAnswerArb(q: PublicQuestion): fc.Arbitrary<AnswerValue> {
  switch (q.type) {
    case "single":
    case "evidence":
    case "true-false":
      return fc.constantFrom(...q.options.map((o) => o.id));
    case "multi":
      return fc.shuffledSubarray(
        q.options.map((o) => o.id),
        { minLength: 1 },
      );
    case "order": {
      const positions = q.items.map((_, i) => String(i + 1));
      return permutation(positions).map((order) =>
        Object.fromEntries(q.items.map((item, i) => [item.id, order[i]!])),
      );
    }
    case "match":
      return fc
        .tuple(...q.prompts.map(() => fc.constantFrom(...q.options.map((o) => o.id))))
        .map((picked) => Object.fromEntries(q.prompts.map((p, i) => [p.id, picked[i]!])));
  }
}

/** Answers to every given question. */
export function validAnswersArb(
  questions: PublicQuestion[],
): fc.Arbitrary<Record<string, AnswerValue>> {
  return fc
    .tuple(...questions.map(validAnswerArb))
    .map((values) => Object.fromEntries(questions.map((q, i) => [q.id, values[i]!])));
}

/** The answer key in the form's shape (what a reader who got everything right posts). */
export function keyAsFormAnswer(q: Question): AnswerValue {
  switch (q.type) {
    case "single":
    case "evidence":
    case "multi":
      return q.answer;
    case "true-false":
      return String(q.answer);
    case "order":
      return Object.fromEntries(q.answer.map((id, i) => [id, String(i + 1)]));
    case "match":
      return { ...q.answer };
  }
}

/** The fields a browser posts for these values, in the form's own naming. */
export function formEntries(values: QuizFormValues): [string, string][] {
  const out: [string, string][] = [["slug", values.slug]];
  for (const field of ["attemptId", "only", "classCode"] as const) {
    const value = values[field];
    if (value !== undefined) out.push([field, value]);
  }
  for (const [id, answer] of Object.entries(values.answers)) {
    if (answer === undefined) continue;
    if (typeof answer === "string") out.push([`answers.${id}`, answer]);
    else if (Array.isArray(answer))
      out.push(...answer.map((v): [string, string] => [`answers.${id}`, v]));
    else
      out.push(
        ...Object.entries(answer).map(([part, v]): [string, string] => [
          `answers.${id}.${part}`,
          v,
        ]),
      );
  }
  return out;
}

export function toFormData(entries: readonly (readonly [string, string | Blob])[]): FormData {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
}

/** Strings a hostile or broken client sends: control characters, astral planes, long runs. */
export const garbageString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", minLength: 200, maxLength: 1000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", " ", "\u0000", "\u202e", "\ufeff", "null", "__proto__"),
  },
);

/** Any JavaScript value, including the shapes JSON never has (boxed values, maps, holes). */
export const anyValue = fc.anything({
  maxDepth: 2,
  stringUnit: "binary",
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A uuid whose ever-growing tail keeps every run's attempt id fresh in one store. */
export function sequentialUuid(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, "0")}`;
}
