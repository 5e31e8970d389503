import fc from "fast-check";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { listBriefingSlugs } from "@/lib/content/load-briefings.server";
import { createSqliteStore } from "@/lib/store/sqlite-store";
import type { Store } from "@/lib/store/store";
import {
  formEntries,
  garbageString,
  keyAsFormAnswer,
  sequentialUuid,
  toFormData,
  validAnswersArb,
} from "@/test/support/arbitraries";
import { tempDir } from "@/test/temp-dir";
import { formDataToValues, quizFormSchema } from "./answer-form-schema";
import { loadQuiz } from "./load-quiz.server";
import { toPublicQuiz } from "./public-quiz";
import { submitAttempt, type SubmitOutcome } from "./submit";

const slug = listBriefingSlugs()[0]!;
const quiz = loadQuiz(slug)!;
const { questions } = toPublicQuiz(quiz);
const questionIds = quiz.questions.map((q) => q.id);

/** A real SQLite store in a temp dir, with the writes counted: the property is about writes. */
function countingStore(): { store: Store; writes: () => number } {
  // The property's clocks start near 1970; a century's retention keeps its attempts readable.
  const real = createSqliteStore(path.join(tempDir("submit-property"), "db.sqlite"), {
    attemptRetentionDays: () => 36_500,
  });
  onTestFinished(() => real.close());
  let writes = 0;
  const store: Store = {
    ...real,
    recordAttempt: (attempt) => {
      writes++;
      return real.recordAttempt(attempt);
    },
  };
  return { store, writes: () => writes };
}

function harness() {
  const { store, writes } = countingStore();
  const newId = sequentialUuid();
  let run = 0;
  /** Each call is a new reader, so one run's attempts are listed apart from the others'. */
  const submit = async (form: FormData, opts: { subject?: string } = {}) => {
    const subjectId = opts.subject ?? `anon:run-${++run}`;
    let minted = 0;
    const outcome = await submitAttempt({
      store,
      quiz,
      slug,
      form,
      subject: async () => (minted++, subjectId),
      newId,
      now: 1_000,
    });
    return { outcome, subjectId, minted };
  };
  return { store, writes, submit, newId };
}

/** What the parse alone decides, the same way submitAttempt reads `only`. */
function parses(form: FormData): boolean {
  const only = form.get("only");
  const subset = typeof only === "string" && only ? new Set(only.split(",")) : undefined;
  const qs = toPublicQuiz(quiz, subset).questions;
  if (subset && qs.length !== subset.size) return false;
  const parsed = quizFormSchema(qs).safeParse(formDataToValues(form, qs));
  return parsed.success && parsed.data.slug === slug;
}

function expectFailure(outcome: SubmitOutcome) {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(Object.keys(outcome.errors).length).toBeGreaterThan(0);
  for (const message of Object.values(outcome.errors)) expect(message).not.toBe("");
}

const pool = [
  slug,
  ...new Set(
    questions.flatMap((q) =>
      (q.type === "order" ? q.items : q.type === "match" ? [...q.prompts, ...q.options] : q.options)
        .map((c) => c.id)
        .concat(q.id),
    ),
  ),
  "1",
  "2",
  "3",
  "4",
];

// Stands in for a fresh attempt id: a generated uuid can come back (shrinking replays
// values), and a reused id is a conflict, not the parse outcome this property is about.
const FRESH_ID = "fresh-attempt-id";

/** A valid post, then up to three entries added, dropped or changed anywhere in it. */
const postArb = fc.tuple(validAnswersArb(questions), fc.boolean()).chain(([answers, withId]) => {
  const entries = formEntries({ slug, answers, attemptId: withId ? FRESH_ID : undefined });
  const key = fc.oneof(
    fc.constantFrom(...entries.map(([k]) => k)),
    fc.constantFrom(
      "only",
      "classCode",
      "score",
      "$ACTION_ID_1",
      "answers",
      "__proto__",
      "answers.__proto__.who-reported",
    ),
    fc.constantFrom(...pool).map((id) => `answers.${id}`),
    garbageString,
  );
  const value = fc.oneof(fc.constantFrom(...pool, "who-leads,timeline", "ghost"), garbageString);
  const edit = fc.oneof(
    fc.tuple(fc.constant("add" as const), key, value),
    fc.tuple(fc.constant("drop" as const), key, value),
    fc.tuple(fc.constant("set" as const), key, value),
  );
  return fc.array(edit, { maxLength: 3 }).map((edits) => {
    const form = toFormData(entries);
    for (const [kind, k, v] of edits) {
      if (kind === "add") form.append(k, v);
      else if (kind === "drop") form.delete(k);
      else form.set(k, v);
    }
    return form;
  });
});

describe("submitAttempt (FormData in → outcome, the server boundary)", () => {
  it("never throws; stores once exactly when the post parses, and mints no subject otherwise", async () => {
    const { store, writes, submit, newId } = harness();
    await fc.assert(
      fc.asyncProperty(postArb, async (generated) => {
        const form = toFormData(
          [...generated.entries()].map(([k, v]) => [k, v === FRESH_ID ? newId() : v] as const),
        );
        const before = writes();
        const { outcome, subjectId, minted } = await submit(form);
        const stored = await store.listAttempts(subjectId);
        if (parses(form)) {
          expect(outcome).toMatchObject({ ok: true, duplicate: false });
          expect(stored).toHaveLength(1);
          expect(minted).toBe(1);
          expect(writes() - before).toBe(1);
        } else {
          expectFailure(outcome);
          expect(stored).toEqual([]);
          expect(minted).toBe(0);
          expect(writes()).toBe(before);
        }
      }),
    );
  });

  it("stores a well-formed post exactly once, scored from the keys, however often it is sent", async () => {
    const { store, writes, submit, newId } = harness();
    await fc.assert(
      fc.asyncProperty(
        validAnswersArb(questions),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
        async (answers, withId, repeats) => {
          // Without an attempt id (a no-JS post) the server makes one; a repeat is then a new attempt.
          const attemptId = withId ? newId() : undefined;
          const form = toFormData(formEntries({ slug, answers, attemptId }));
          const before = writes();
          const first = await submit(form);
          expect(first.outcome).toMatchObject({ ok: true, duplicate: false });
          const id = first.outcome.ok ? first.outcome.attemptId : "";
          if (attemptId) expect(id).toBe(attemptId);
          const stored = (await store.getAttempt(first.subjectId, id))!;
          expect(stored).toMatchObject({
            slug,
            subjectId: first.subjectId,
            maxScore: questionIds.length,
          });
          expect(stored.questionIds).toEqual(questionIds);
          expect(Object.keys(stored.credits).sort()).toEqual([...questionIds].sort());
          for (const credit of Object.values(stored.credits)) {
            expect(credit).toBeGreaterThanOrEqual(0);
            expect(credit).toBeLessThanOrEqual(1);
          }
          const sum = Object.values(stored.credits).reduce((a, b) => a + b, 0);
          expect(stored.score).toBeCloseTo(sum, 2);
          expect(stored.score).toBeLessThanOrEqual(stored.maxScore);

          for (let i = 0; i < repeats; i++) {
            const again = await submit(form, { subject: first.subjectId });
            if (attemptId) expect(again.outcome).toEqual({ ok: true, attemptId, duplicate: true });
            else expect(again.outcome).toMatchObject({ ok: true, duplicate: false });
          }
          const all = await store.listAttempts(first.subjectId);
          expect(all).toHaveLength(attemptId ? 1 : 1 + repeats);
          expect(writes() - before).toBe(1 + repeats);
          // A duplicate returns the first result: nothing in the stored attempt changed.
          expect(await store.getAttempt(first.subjectId, id)).toEqual(stored);

          if (attemptId) {
            // Someone else reusing the id is refused and learns nothing.
            const thief = await submit(form);
            expectFailure(thief.outcome);
            expect(await store.listAttempts(thief.subjectId)).toEqual([]);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it("gives full marks to the answer key, for the whole quiz or any retry subset", async () => {
    const { store, submit } = harness();
    const key = Object.fromEntries(quiz.questions.map((q) => [q.id, keyAsFormAnswer(q)]));
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.subarray(questionIds, { minLength: 1 }), { nil: undefined }),
        async (only) => {
          const ids = only ?? questionIds;
          const answers = Object.fromEntries(ids.map((id) => [id, key[id]]));
          const form = toFormData(formEntries({ slug, answers, only: only?.join(",") }));
          const { outcome, subjectId } = await submit(form);
          expect(outcome.ok).toBe(true);
          const [stored] = await store.listAttempts(subjectId);
          expect(stored).toMatchObject({ score: ids.length, maxScore: ids.length });
          // In quiz order, whatever order the retry listed them in.
          expect(stored!.questionIds).toEqual(questionIds.filter((id) => ids.includes(id)));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("refuses a well-formed post for another quiz and stores nothing", async () => {
    const { store, writes, submit } = harness();
    await fc.assert(
      fc.asyncProperty(
        validAnswersArb(questions),
        fc.stringMatching(/^[a-z0-9-]{1,80}$/).filter((s) => s !== slug),
        async (answers, otherSlug) => {
          const before = writes();
          const { outcome, subjectId, minted } = await submit(
            toFormData(formEntries({ slug: otherSlug, answers })),
          );
          expectFailure(outcome);
          expect(minted).toBe(0);
          expect(writes()).toBe(before);
          expect(await store.listAttempts(subjectId)).toEqual([]);
        },
      ),
      { numRuns: 50 },
    );
  });
});
