import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listBriefingSlugs } from "@/lib/content/load-briefings.server";
import {
  anyValue,
  contentId,
  formEntries,
  garbageString,
  quizArb,
  toFormData,
  validAnswersArb,
} from "@/test/support/arbitraries";
import {
  formDataToValues,
  messagesByQuestion,
  quizFormSchema,
  toResponses,
} from "./answer-form-schema";
import { loadQuiz } from "./load-quiz.server";
import { toPublicQuiz } from "./public-quiz";
import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";

const slug = listBriefingSlugs()[0]!;
const quiz = loadQuiz(slug)!;
const { questions } = toPublicQuiz(quiz);

const TOP_LEVEL = ["slug", "attemptId", "only", "classCode", "answers"];
const UUID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|0{8}-0{4}-0{4}-0{4}-0{12}|f{8}-f{4}-f{4}-f{4}-f{12})$/i;

// The oracle: the form's rules written out again, independently of zod, so the schema is
// checked against the rules rather than against itself.
function plain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function exactKeys(v: Record<string, unknown>, wanted: string[]): boolean {
  const keys = Object.keys(v);
  return keys.length === wanted.length && wanted.every((k) => Object.hasOwn(v, k));
}

function answerOk(q: PublicQuestion, v: unknown): boolean {
  const inList = (list: { id: string }[], x: unknown) =>
    typeof x === "string" && list.some((c) => c.id === x);
  switch (q.type) {
    case "single":
    case "evidence":
    case "true-false":
      return inList(q.options, v);
    case "multi":
      // Every slot, holes included; a repeated tick is still a valid list.
      return (
        Array.isArray(v) &&
        v.length > 0 &&
        Array.from({ length: v.length }, (_, i) => i).every(
          (i) => Object.hasOwn(v, i) && inList(q.options, v[i]),
        )
      );
    case "order": {
      if (
        !plain(v) ||
        !exactKeys(
          v,
          q.items.map((i) => i.id),
        )
      )
        return false;
      const given = Object.values(v);
      const positions = q.items.map((_, i) => String(i + 1));
      return (
        given.every((p) => typeof p === "string" && positions.includes(p)) &&
        new Set(given).size === positions.length
      );
    }
    case "match":
      return (
        plain(v) &&
        exactKeys(
          v,
          q.prompts.map((p) => p.id),
        ) &&
        Object.values(v).every((o) => inList(q.options, o))
      );
  }
}

function formOk(qs: PublicQuestion[], raw: unknown): boolean {
  if (!plain(raw) || !Object.keys(raw).every((k) => TOP_LEVEL.includes(k))) return false;
  const { slug: s, attemptId, only, classCode, answers } = raw;
  return (
    typeof s === "string" &&
    /^[a-z0-9-]{1,80}$/.test(s) &&
    (attemptId === undefined || (typeof attemptId === "string" && UUID.test(attemptId))) &&
    (only === undefined || (typeof only === "string" && /^[a-z0-9-]+(,[a-z0-9-]+)*$/.test(only))) &&
    (classCode === undefined ||
      (typeof classCode === "string" &&
        /^[A-Z2-9]{6}$/.test(classCode) &&
        !/[ILO]/.test(classCode))) &&
    plain(answers) &&
    exactKeys(
      answers,
      qs.map((q) => q.id),
    ) &&
    qs.every((q) => answerOk(q, answers[q.id]))
  );
}

// Ids and positions used anywhere in the quiz, so mutations land on near misses, not just noise.
const pool = [
  ...new Set(
    questions.flatMap((q) => [
      q.id,
      ...(q.type === "order"
        ? q.items
        : q.type === "match"
          ? [...q.prompts, ...q.options]
          : q.options
      ).map((c) => c.id),
    ]),
  ),
  "0",
  "1",
  "2",
  "3",
  "4",
  "5",
  "01",
  " 1",
  "true",
  "True",
];
const shallowValue = fc.anything({
  maxDepth: 1,
  withBoxedValues: true,
  withNullPrototype: true,
  withSparseArray: true,
});
const nearValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...pool) },
  { weight: 1, arbitrary: garbageString },
  { weight: 1, arbitrary: shallowValue },
);

/** One valid answer, kept half the time, else turned into a near miss of its shape. */
function mutateAnswer(value: unknown): fc.Arbitrary<unknown> {
  const keepOr = (...misses: fc.Arbitrary<unknown>[]) =>
    fc.oneof({ weight: misses.length, arbitrary: fc.constant(value) }, ...misses);
  if (Array.isArray(value)) {
    return keepOr(
      fc.constant([]),
      nearValue.map((x) => [...value, x]),
      fc.constant([...value, ...value]),
      fc.constant(value[0]),
      nearValue,
    );
  }
  if (plain(value)) {
    const keys = Object.keys(value);
    return keepOr(
      fc
        .constantFrom(...keys)
        .map((k) => Object.fromEntries(Object.entries(value).filter(([x]) => x !== k))),
      fc.tuple(fc.constantFrom(...pool), nearValue).map(([k, x]) => ({ ...value, [k]: x })),
      fc.tuple(fc.constantFrom(...keys), nearValue).map(([k, x]) => ({ ...value, [k]: x })),
      fc.constant(Object.values(value)),
      nearValue,
    );
  }
  return keepOr(nearValue, fc.constant([value]));
}

/** A valid object for the schema, then a few near-miss changes: answers and fields. */
const nearAnswers = fc
  .tuple(
    validAnswersArb(questions),
    fc.subarray(
      questions.map((q) => q.id),
      { maxLength: 2 },
    ),
  )
  .chain(([answers, targets]) =>
    fc.tuple(...targets.map((id) => mutateAnswer(answers[id]))).map((mutated) => ({
      ...answers,
      ...Object.fromEntries(targets.map((id, i) => [id, mutated[i]])),
    })),
  )
  .chain((obj) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constant<Record<string, unknown>>(obj) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...questions.map((q) => q.id)).map((drop) => {
          const copy: Record<string, unknown> = { ...obj };
          delete copy[drop];
          return copy;
        }),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...pool, "bonus"), nearValue)
          .map(([k, x]) => ({ ...obj, [k]: x })),
      },
    ),
  );

const mostly = <T>(valid: fc.Arbitrary<T>, ...invalid: fc.Arbitrary<unknown>[]) =>
  fc.oneof(
    { weight: 12, arbitrary: valid },
    ...invalid.map((arbitrary) => ({ weight: 1, arbitrary })),
  );
/** Present one time in `every` (fc.option's freq is the chance of absence, the wrong way round). */
const sometimes = <T>(value: fc.Arbitrary<T>, every = 2) =>
  fc.oneof(
    { weight: every - 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: value },
  );

const nearValidForm = fc
  .record({
    answers: nearAnswers,
    slug: mostly(
      fc.constant(slug),
      fc.stringMatching(/^[a-z0-9-]{1,80}$/),
      garbageString,
      shallowValue,
    ),
    attemptId: sometimes(
      mostly(
        fc.uuid(),
        fc.uuid().map((u) => u.toUpperCase()),
        garbageString,
        shallowValue,
      ),
    ),
    only: sometimes(
      mostly(
        fc.constant("who-leads,timeline"),
        fc.constantFrom("", ",", "a,,b", "A"),
        garbageString,
      ),
    ),
    classCode: sometimes(
      mostly(
        fc.stringMatching(/^[A-HJ-KMNP-Z2-9]{6}$/),
        fc.constantFrom("K7M2Q0", "k7m2qx", "ABCDEFG"),
        garbageString,
      ),
    ),
    // Mass assignment: fields a client has no business sending.
    extra: sometimes(
      fc.tuple(fc.constantFrom("score", "subjectId", "credits", "constructor"), shallowValue),
      8,
    ),
  })
  .map(({ extra, ...fields }) => {
    const out: Record<string, unknown> = Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined),
    );
    if (extra) out[extra[0]] = extra[1];
    return out;
  });

describe("quizFormSchema (strict, built from the public quiz)", () => {
  const schema = quizFormSchema(questions);

  it("accepts exactly the inputs that satisfy every rule, near misses included", () => {
    fc.assert(
      fc.property(nearValidForm, (input) => {
        const result = schema.safeParse(input);
        expect(result.success).toBe(formOk(questions, input));
      }),
      { numRuns: 200 },
    );
  });

  // Per question, answers drawn near its own rule: ids from the question plus strays, lists
  // of any length, records with missing, extra and repeated positions or matches.
  function nearAnswer(q: PublicQuestion): fc.Arbitrary<unknown> {
    const stray = fc.constantFrom("ghost", "", "0", "true");
    const choice = (list: { id: string }[]) =>
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...list.map((c) => c.id)) }, stray);
    const record = (keys: { id: string }[], value: fc.Arbitrary<string>) =>
      fc
        .tuple(
          fc.subarray(
            keys.map((k) => k.id),
            { minLength: Math.max(0, keys.length - 1) },
          ),
          fc.array(stray, { maxLength: 1 }),
        )
        .chain(([ks, extra]) => {
          const all = [...ks, ...extra];
          return fc
            .tuple(...all.map(() => value))
            .map((vs) => Object.fromEntries(all.map((k, i) => [k, vs[i]])));
        });
    switch (q.type) {
      case "single":
      case "evidence":
      case "true-false":
        return fc.oneof(
          choice(q.options),
          fc.array(choice(q.options), { maxLength: 2 }),
          shallowValue,
        );
      case "multi":
        return fc.oneof(
          fc.array(choice(q.options), { maxLength: q.options.length + 1 }),
          shallowValue,
        );
      case "order": {
        const n = q.items.length;
        const position = fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 1, max: n }).map(String) },
          fc.constantFrom("0", String(n + 1), "01", " 1", "1.0"),
        );
        return fc.oneof(
          { weight: 3, arbitrary: validAnswersArb([q]).map((a) => a[q.id]) },
          { weight: 3, arbitrary: record(q.items, position) },
          shallowValue,
        );
      }
      case "match":
        return fc.oneof(
          { weight: 4, arbitrary: record(q.prompts, choice(q.options)) },
          shallowValue,
        );
    }
  }

  it("takes an answer exactly when it keeps its question's rule, for every question", () => {
    fc.assert(
      fc.property(
        validAnswersArb(questions).chain((answers) =>
          fc
            .constantFrom(...questions)
            .chain((q) => fc.tuple(fc.constant(answers), fc.constant(q), nearAnswer(q))),
        ),
        ([answers, q, answer]) => {
          const input = { slug, answers: { ...answers, [q.id]: answer } };
          expect(schema.safeParse(input).success).toBe(answerOk(q, answer));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws and never accepts garbage", () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        const result = schema.safeParse(input);
        expect(result.success).toBe(formOk(questions, input));
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it("rejects (never drops) any extra field or answer to an unknown question", () => {
    fc.assert(
      fc.property(
        validAnswersArb(questions),
        fc.oneof(
          fc.constantFrom("score", "maxScore", "credits", "subjectId", "isAdmin", "role"),
          fc.string({ minLength: 1 }).filter((k) => !TOP_LEVEL.includes(k)),
          fc.constant("__proto__"),
        ),
        fc.boolean(),
        anyValue,
        (answers, key, nested, value) => {
          const input = nested
            ? { slug, answers: { ...answers, [key]: value } }
            : { slug, answers, [key]: value };
          fc.pre(!questions.some((q) => q.id === key));
          expect(schema.safeParse(input).success).toBe(false);
        },
      ),
    );
  });

  it("returns exactly the valid input (nothing added, nothing coerced)", () => {
    fc.assert(
      fc.property(
        validAnswersArb(questions),
        fc.option(fc.uuid(), { nil: undefined }),
        (answers, attemptId) => {
          const input = { slug, answers, ...(attemptId ? { attemptId } : {}) };
          const result = schema.safeParse(input);
          expect(result.success).toBe(true);
          expect(result.data).toStrictEqual(input);
        },
      ),
    );
  });
});

describe("formDataToValues (FormData → schema input)", () => {
  it("round-trips what a browser posts for any valid answers, on any valid quiz", () => {
    fc.assert(
      fc.property(
        quizArb.chain((generated) => {
          const qs = toPublicQuiz(generated).questions;
          return fc.tuple(
            fc.constant(qs),
            validAnswersArb(qs),
            fc.option(fc.uuid(), { nil: undefined }),
          );
        }),
        ([qs, answers, attemptId]) => {
          const values = { slug: "a-quiz", answers, ...(attemptId ? { attemptId } : {}) };
          const raw = formDataToValues(toFormData(formEntries(values)), qs);
          expect(raw).toEqual(values);
          const parsed = quizFormSchema(qs).safeParse(raw);
          expect(parsed.success).toBe(true);
          const responses = toResponses(qs, parsed.data!.answers);
          for (const q of qs) {
            const r = responses[q.id];
            if (q.type === "true-false") expect(typeof r).toBe("boolean");
            if (q.type === "single" || q.type === "evidence")
              expect(q.options.map((o) => o.id)).toContain(r);
            if (q.type === "multi") expect(r).toEqual(answers[q.id]);
            if (q.type === "order") {
              // Items sorted by the position the reader gave them.
              const positions = answers[q.id] as Record<string, string>;
              expect(r).toEqual(
                q.items
                  .map((i) => i.id)
                  .sort((a, b) => Number(positions[a]) - Number(positions[b])),
              );
            }
            if (q.type === "match") expect(r).toEqual(answers[q.id]);
          }
        },
      ),
    );
  });

  // Field names a client can make up: known fields, known questions and parts, and the
  // names that reach into a plain object's prototype.
  const keyArb = fc.oneof(
    fc.constantFrom(
      "slug",
      "attemptId",
      "only",
      "classCode",
      "score",
      "$ACTION_ID_x",
      "constructor",
      "toString",
    ),
    fc
      .tuple(
        fc.constantFrom(...questions.map((q) => q.id), ...pool, "constructor", "", "x.y"),
        fc.option(fc.constantFrom(...pool, "constructor", "", "deep.er"), { nil: undefined }),
      )
      .map(([id, part]) => `answers.${id}${part === undefined ? "" : `.${part}`}`),
    garbageString,
  );
  const valueArb = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pool, slug) },
    { weight: 2, arbitrary: garbageString },
    { weight: 1, arbitrary: fc.constant(new File(["x"], "x.txt")) },
  );
  // Names with a meaning of their own in a JS object (`__proto__`, `constructor`) or in the
  // form's shape (a bare `answers`) get extra weight: strictness must hold for them too.
  const entriesArb = fc.array(
    fc.tuple(
      fc.oneof(
        { weight: 9, arbitrary: keyArb },
        { weight: 1, arbitrary: fc.constantFrom("answers", "__proto__", "answers.__proto__.x") },
      ),
      valueArb,
    ),
    { maxLength: 20 },
  );

  it("never throws on any posted fields, and the result names every field a client sent", () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const raw = formDataToValues(toFormData(entries), questions);
        expect(typeof raw.answers).toBe("object");
        const result = quizFormSchema(questions).safeParse(raw);
        if (result.success) {
          // Accepted ⇒ every posted field was one the form has.
          for (const [key] of entries) {
            if (key.startsWith("$ACTION")) continue;
            const [head, id, part, ...rest] = key.split(".");
            const q = questions.find((x) => x.id === id);
            const known =
              (id === undefined && ["slug", "attemptId", "only", "classCode"].includes(head!)) ||
              (head === "answers" &&
                q !== undefined &&
                rest.length === 0 &&
                (part === undefined
                  ? q.type !== "order" && q.type !== "match"
                  : (q.type === "order" ? q.items : q.type === "match" ? q.prompts : []).some(
                      (c) => c.id === part,
                    )));
            expect(known, key).toBe(true);
          }
        } else {
          const messages = messagesByQuestion(result.error.issues);
          expect(Object.keys(messages).length).toBeGreaterThan(0);
          for (const [key, message] of Object.entries(messages)) {
            expect(["", ...questions.map((q) => q.id)]).toContain(key);
            expect(message.length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it("accepts a valid post with any React $ACTION fields and gives the same data", () => {
    fc.assert(
      fc.property(
        validAnswersArb(questions),
        fc.array(
          fc.tuple(
            fc.string().map((s) => `$ACTION${s}`),
            fc.string(),
          ),
          { maxLength: 4 },
        ),
        (answers, actions) => {
          const entries = formEntries({ slug, answers });
          const plainParse = quizFormSchema(questions).safeParse(
            formDataToValues(toFormData(entries), questions),
          );
          const withActions = quizFormSchema(questions).safeParse(
            formDataToValues(toFormData([...actions, ...entries]), questions),
          );
          expect(withActions.success).toBe(true);
          expect(withActions.data).toEqual(plainParse.data);
        },
      ),
    );
  });

  it("rejects a valid post plus any one field the form does not have", () => {
    fc.assert(
      fc.property(
        validAnswersArb(questions),
        fc.oneof(
          fc.constantFrom(
            "score",
            "credits",
            "subjectId",
            "slug",
            "attemptId",
            "answers",
            "__proto__",
            "constructor",
            "answers.bonus",
            "answers.who-leads.x",
            "answers.__proto__.who-reported",
          ),
          fc.constantFrom(...questions.map((q) => q.id)).map((id) => `answers.${id}.part.deep`),
          fc
            .string({ minLength: 1 })
            .filter(
              (k) =>
                !k.startsWith("$ACTION") &&
                !k.startsWith("answers") &&
                !["only", "classCode"].includes(k),
            ),
        ),
        fc.oneof(fc.constantFrom(...pool), garbageString),
        (answers, key, value) => {
          const form = toFormData([...formEntries({ slug, answers }), [key, value]]);
          expect(
            quizFormSchema(questions).safeParse(formDataToValues(form, questions)).success,
          ).toBe(false);
        },
      ),
    );
  });

  // Names a plain JS object or the form's own shape would treat specially: a bare `answers`
  // field, and `__proto__` (which on a plain object swallows the field or swaps the prototype
  // the answers are read through). The schema is "strict at every level: … rejected, not
  // ignored", so each must be rejected, and an answer given only through the prototype too.
  it.each([
    ["answers", "x", "none"],
    ["__proto__", "x", "none"],
    ["answers.__proto__.who-reported", "axios", "none"],
    ["answers.__proto__.who-reported", "axios", "who-reported"],
  ])("rejects a valid post plus the field %s=%s (own answer dropped: %s)", (key, value, drop) => {
    fc.assert(
      fc.property(validAnswersArb(questions), (answers) => {
        const entries = formEntries({ slug, answers }).filter(([k]) => k !== `answers.${drop}`);
        const form = toFormData([...entries, [key, value]]);
        expect(quizFormSchema(questions).safeParse(formDataToValues(form, questions)).success).toBe(
          false,
        );
      }),
      { numRuns: 10 },
    );
  });

  it("reads a question whose id is a (legal) Object.prototype name like any other", () => {
    // "constructor" passes the content id rule; the generated ids can never spell it.
    const withConstructor = quizArb.chain((generated) => {
      const [first, ...others] = generated.questions;
      const qs = toPublicQuiz({
        ...generated,
        questions: [{ ...first!, id: "constructor" }, ...others],
      }).questions;
      return fc.tuple(fc.constant(qs), validAnswersArb(qs));
    });
    fc.assert(
      fc.property(withConstructor, ([qs, answers]) => {
        const raw = formDataToValues(toFormData(formEntries({ slug: "q", answers })), qs);
        expect(raw.answers).toEqual(answers);
        expect(quizFormSchema(qs).safeParse(raw).success).toBe(true);
      }),
    );
  });
});

describe("messagesByQuestion", () => {
  it("never throws and keys every message by a question id or the form", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            path: fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant("answers")), {
              maxLength: 4,
            }),
            message: fc.string(),
          }),
        ),
        (issues) => {
          const out = messagesByQuestion(issues);
          for (const [key, message] of Object.entries(out)) {
            const fromAnswer = issues.some(
              (i) => i.path[0] === "answers" && i.path.length > 1 && String(i.path[1]) === key,
            );
            expect(key === "" || fromAnswer).toBe(true);
            expect(message.length).toBeGreaterThan(0);
          }
          expect(Object.keys(out).length > 0).toBe(issues.length > 0);
        },
      ),
    );
  });

  it("gives each question its message, whatever its (legal) id, Object.prototype names included", () => {
    fc.assert(
      fc.property(
        fc.oneof(contentId, fc.constant("constructor")),
        fc.string({ minLength: 1 }),
        (id, message) => {
          expect(messagesByQuestion([{ path: ["answers", id], message }])).toEqual({
            [id]: message,
          });
        },
      ),
    );
  });
});

describe("toPublicQuiz", () => {
  it("never carries an answer key, explanation or fact id to the page", () => {
    fc.assert(
      fc.property(quizArb, (generated) => {
        for (const q of toPublicQuiz(generated).questions) {
          expect(Object.keys(q).sort()).toEqual(
            [
              "id",
              "prompt",
              "type",
              ...(q.type === "order"
                ? ["items"]
                : q.type === "match"
                  ? ["options", "prompts"]
                  : ["options"]),
            ].sort(),
          );
          expect(JSON.stringify(q)).not.toMatch(/"(answer|explanation|facts)"/);
        }
      }),
    );
  });
});
