import { tempDir } from "@/test/temp-dir";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { minimalQuiz } from "@/test/fixtures/minimal-briefing";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import { createSqliteStore } from "@/lib/store/sqlite-store";
import type { Store } from "@/lib/store/store";
import { CONFLICT_MESSAGE, submitAttempt } from "./submit";
import { summarizeProgress } from "./progress";
import { reviewAttempt } from "./review";
import { form, fullForm } from "../../test/fixtures/quiz-forms";

const quiz = minimalQuiz() as Quiz;
const ATTEMPT = "0b6c2a52-3a8e-4d5e-9d6e-2f1c8a9b7c6d";

// These tests' clocks start near 1970; a century's retention keeps their attempts readable.
const KEEP_FOREVER = { attemptRetentionDays: () => 36_500 };

describe("submitAttempt", () => {
  let store: Store;
  let subjects: number;
  beforeEach(() => {
    store = createSqliteStore(path.join(tempDir("submit"), "db.sqlite"), KEEP_FOREVER);
    subjects = 0;
  });
  afterEach(() => store.close());

  const submit = (
    f: FormData,
    subject = "anon:a",
    newId = () => "11111111-1111-4111-8111-111111111111",
  ) =>
    submitAttempt({
      store,
      quiz,
      slug: "bridge",
      form: f,
      subject: async () => (subjects++, subject),
      newId,
      now: 1000,
    });

  it("scores on the server from the keys and stores the attempt", async () => {
    expect(await submit(fullForm(ATTEMPT))).toEqual({
      ok: true,
      attemptId: ATTEMPT,
      duplicate: false,
    });
    const stored = (await store.getAttempt("anon:a", ATTEMPT))!;
    expect(stored).toMatchObject({ subjectId: "anon:a", slug: "bridge", score: 2.83, maxScore: 5 });
    expect(stored.credits).toEqual({ when: 1, which: 0.5, payer: 0, steps: 1, who: 0.33 });
  });

  it("keeps the language the quiz was taken in, scored by the same keys", async () => {
    const spanish = fullForm(ATTEMPT);
    spanish.set("lang", "es");
    expect((await submit(spanish)).ok).toBe(true);
    const stored = (await store.getAttempt("anon:a", ATTEMPT))!;
    expect(stored).toMatchObject({ lang: "es", score: 2.83, maxScore: 5 });
    // English when the form names none, or one we do not publish.
    expect((await submit(fullForm("22222222-2222-4222-8222-222222222222"))).ok).toBe(true);
    expect((await store.getAttempt("anon:a", "22222222-2222-4222-8222-222222222222"))?.lang).toBe(
      "en",
    );
    const klingon = fullForm("33333333-3333-4333-8333-333333333333");
    klingon.set("lang", "tlh");
    expect((await submit(klingon)).ok).toBe(true);
    expect((await store.getAttempt("anon:a", "33333333-3333-4333-8333-333333333333"))?.lang).toBe(
      "en",
    );
  });

  it("a rate-limited submission stores nothing and says when to send it again", async () => {
    const limit = async (subjectId: string) =>
      subjectId === "anon:a" ? { message: "Slow down.", retryAfterSeconds: 42 } : undefined;
    const outcome = await submitAttempt({
      store,
      quiz,
      slug: "bridge",
      form: fullForm(ATTEMPT),
      subject: async () => "anon:a",
      newId: () => "unused",
      limit,
    });
    expect(outcome).toMatchObject({
      ok: false,
      retry: true,
      attemptId: ATTEMPT,
      retryAfterSeconds: 42,
      errors: { "": "Slow down. Your answers are kept on this device." },
    });
    expect(await store.listAttempts("anon:a")).toEqual([]);
  });

  it("stores a retried submission once and returns the first result", async () => {
    await submit(fullForm(ATTEMPT));
    const changed = fullForm(ATTEMPT);
    changed.set("answers.payer", "false");
    expect(await submit(changed)).toEqual({ ok: true, attemptId: ATTEMPT, duplicate: true });
    expect(await store.listAttempts("anon:a")).toHaveLength(1);
    expect((await store.getAttempt("anon:a", ATTEMPT))!.score).toBe(2.83);
  });

  it("makes the attempt id on the server when the form has none (no JavaScript)", async () => {
    const outcome = await submit(fullForm());
    expect(outcome).toEqual({
      ok: true,
      attemptId: "11111111-1111-4111-8111-111111111111",
      duplicate: false,
    });
  });

  it("ignores anything the client says about correctness", async () => {
    const f = fullForm(ATTEMPT);
    f.append("score", "5");
    expect(await submit(f)).toMatchObject({ ok: false, errors: { "": expect.any(String) } });
    expect(await store.listAttempts("anon:a")).toEqual([]);
  });

  it("echoes posted answers with its messages, so a no-JS form keeps what was typed", async () => {
    const f = form([
      ["slug", "bridge"],
      ["answers.when", "may"],
      ["answers.steps.one", "1"],
      ["answers.which", "a"],
    ]);
    f.append("answers.upload", "x");
    f.append("answers.payer", new File(["x"], "x.txt"));
    const outcome = await submit(f);
    expect(outcome).toMatchObject({
      ok: false,
      values: { when: "may", steps: { one: "1" }, which: ["a"] },
    });
    expect(!outcome.ok && Object.keys(outcome.values ?? {}).sort()).toEqual([
      "steps",
      "when",
      "which",
    ]);
    // React passes only plain objects to the client: the echo must not keep the form's
    // prototype-less records.
    const steps = !outcome.ok && outcome.values?.steps;
    expect(Object.getPrototypeOf(steps)).toBe(Object.prototype);
  });

  it("returns per-question messages for invalid input, stores nothing and mints no subject", async () => {
    const outcome = await submit(
      form([
        ["slug", "bridge"],
        ["answers.when", "may"],
      ]),
    );
    expect(outcome.ok).toBe(false);
    expect(Object.keys(!outcome.ok ? outcome.errors : {})).toEqual([
      "which",
      "payer",
      "steps",
      "who",
    ]);
    expect(subjects).toBe(0);
    expect(await store.listAttempts("anon:a")).toEqual([]);
  });

  it("rejects a form for another quiz and a retry naming unknown questions", async () => {
    const f = fullForm(ATTEMPT);
    f.set("slug", "tunnel");
    expect((await submit(f)).ok).toBe(false);
    const retry = form([
      ["slug", "bridge"],
      ["only", "when,ghost"],
      ["answers.when", "may"],
    ]);
    expect((await submit(retry)).ok).toBe(false);
  });

  it("refuses to reuse another subject's attempt id", async () => {
    await submit(fullForm(ATTEMPT), "anon:a");
    expect(await submit(fullForm(ATTEMPT), "anon:b")).toEqual({
      ok: false,
      errors: { "": CONFLICT_MESSAGE },
    });
  });

  it("scores a retry of missed questions out of those questions only", async () => {
    const retry = form([
      ["slug", "bridge"],
      ["attemptId", ATTEMPT],
      ["only", "payer,who"],
      ["answers.payer", "false"],
      ["answers.who.q1", "x"],
      ["answers.who.q2", "y"],
      ["answers.who.q3", "z"],
    ]);
    expect((await submit(retry)).ok).toBe(true);
    expect(await store.getAttempt("anon:a", ATTEMPT)).toMatchObject({
      questionIds: ["payer", "who"],
      score: 2,
      maxScore: 2,
    });
  });
});

describe("progress and review", () => {
  it("summarises best (by share), last and what the last attempt missed", async () => {
    const store = createSqliteStore(path.join(tempDir("progress"), "db.sqlite"), KEEP_FOREVER);
    const base = { subjectId: "anon:a", slug: "bridge", responses: {} };
    await store.recordAttempt({
      ...base,
      attemptId: "a1",
      createdAt: 1,
      questionIds: ["when", "payer"],
      credits: { when: 1, payer: 0 },
      score: 1,
      maxScore: 2,
    });
    await store.recordAttempt({
      ...base,
      attemptId: "a2",
      createdAt: 2,
      questionIds: ["payer"],
      credits: { payer: 1 },
      score: 1,
      maxScore: 1,
    });
    await store.recordAttempt({
      ...base,
      attemptId: "a3",
      createdAt: 3,
      questionIds: ["when", "payer", "which"],
      credits: { when: 1, payer: 0, which: 0.5 },
      score: 1.5,
      maxScore: 3,
    });
    const [progress] = summarizeProgress(await store.listAttempts("anon:a"));
    expect(progress).toEqual({
      slug: "bridge",
      attempts: 3,
      best: { score: 1, maxScore: 1, percent: 100 },
      last: { attemptId: "a3", score: 1.5, maxScore: 3, percent: 50, createdAt: 3 },
      missedLast: ["payer", "which"],
    });
    await store.close();
  });

  const reviewOf = (lang?: "es") =>
    reviewAttempt(
      quiz.questions,
      {
        attemptId: "a",
        subjectId: "anon:a",
        slug: "bridge",
        createdAt: 1,
        questionIds: ["when", "which", "payer", "steps", "who", "removed"],
        responses: {
          when: "june",
          which: ["a", "b"],
          payer: false,
          steps: ["two", "one", "three", "four"],
          who: { q1: "x" },
        },
        credits: { when: 0, which: 0, payer: 1, steps: 0.33, who: 0.33 },
        score: 1.66,
        maxScore: 6,
      },
      lang,
    );

  it("describes the reader's answer beside the key for every type", () => {
    const review = reviewOf();
    expect(review.map((r) => [r.id, r.yours, r.right])).toEqual([
      ["when", ["June"], ["May"]],
      ["which", ["A", "B"], ["A", "C"]],
      ["payer", ["False"], ["False"]],
      [
        "steps",
        ["1. Work begins", "2. Plan made", "3. Repairs end", "4. Bridge reopens"],
        ["1. Plan made", "2. Work begins", "3. Repairs end", "4. Bridge reopens"],
      ],
      [
        "who",
        ["Quote one → X", "Quote two → (no answer)", "Quote three → (no answer)"],
        ["Quote one → X", "Quote two → Y", "Quote three → Z"],
      ],
    ]);
    expect(review[0]).toMatchObject({
      explanation: "Officials said the “river bridge” reopens in May.",
      facts: ["reopen-may"],
      credit: 0,
    });
    // "Why not" for each wrong piece, nothing for a right answer or a line left blank.
    expect(review.map((r) => [r.id, r.whyNot.map((w) => w.yours)])).toEqual([
      ["when", ["June"]],
      ["which", ["B"]],
      ["payer", []],
      ["steps", ["1. Work begins", "2. Plan made"]],
      ["who", []],
    ]);
  });

  it("words what the types add in the page's language: true or false, a blank line", () => {
    const review = reviewOf("es");
    expect(review.find((r) => r.id === "payer")?.yours).toEqual(["Falso"]);
    expect(review.find((r) => r.id === "who")?.yours).toContain("Quote two → (sin respuesta)");
  });
});
