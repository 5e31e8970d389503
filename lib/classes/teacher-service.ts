import "server-only";
import { signedInUserId } from "@/lib/auth/subject-service";
import { listBriefingSlugs, loadBriefing } from "@/lib/content/load-briefings";
import { issueMessages, type FormErrors } from "@/lib/forms/form-state";
import { loadQuiz } from "@/lib/quiz/load-quiz";
import { limitClassCreation } from "@/lib/rate-limit/limits-service";
import { getStore } from "@/lib/store";
import { classCsv } from "./class-csv";
import { newClassCode } from "./class-code";
import { closesAtFrom, createClassSchema } from "./class-forms";
import { classOpPatch, isClassOp } from "./class-ops";
import { questionInsights, scoreDistribution } from "./insights";
import { isOpen, type ClassRecord } from "./types";

// What a teacher does with classes. Every function finds the signed-in teacher itself and
// answers only for their own classes: anyone else (signed out, another teacher) gets the
// same `undefined` as for a class that does not exist, so a page shows a 404 and reveals
// nothing. Callers cannot forget the check, because they cannot pass an owner in.

/** The class if the signed-in teacher owns it (moderation-service.ts shares the check). */
export async function ownedClass(code: string, now: number): Promise<ClassRecord | undefined> {
  const ownerId = await signedInUserId();
  if (!ownerId) return undefined;
  const record = await getStore().getClass(code, now);
  return record?.ownerId === ownerId ? record : undefined;
}

/** The signed-in teacher's classes, newest first, each with whether it is open now. */
export async function myClasses(now = Date.now()) {
  const ownerId = await signedInUserId();
  if (!ownerId) return undefined;
  const classes = await getStore().listClasses(ownerId, now);
  return classes.map((c) => ({ ...c, open: isOpen(c, now) }));
}

export type CreateOutcome =
  | { ok: true; record: ClassRecord }
  | { ok: false; errors: FormErrors }
  | { ok: false; signedOut: true };

/** A new class from the create form, rate-limited per teacher; draws codes until one is free. */
export async function createClassFromForm(
  input: Record<string, unknown>,
  now = Date.now(),
): Promise<CreateOutcome> {
  const ownerId = await signedInUserId();
  if (!ownerId) return { ok: false, signedOut: true };
  const limited = await limitClassCreation(ownerId);
  if (limited) return { ok: false, errors: { "": limited.message } };
  const parsed = createClassSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issueMessages(parsed.error.issues) };
  const values = parsed.data;
  if (!listBriefingSlugs().includes(values.slug)) {
    return { ok: false, errors: { slug: "Choose a briefing." } };
  }
  const closesAt = closesAtFrom(values);
  if (closesAt !== undefined && closesAt <= now) {
    const message = "Pick a time in the future, or leave it empty.";
    return { ok: false, errors: { closesAt: message } };
  }
  for (let tries = 0; tries < 8; tries++) {
    const record: ClassRecord = {
      code: newClassCode(),
      ownerId,
      title: values.title,
      slug: values.slug,
      feedback: values.feedback,
      createdAt: now,
      ...(closesAt !== undefined ? { closesAt } : {}),
      ...(values.level === "easy" && loadBriefing(values.slug)?.easy ? { level: "easy" } : {}),
    };
    if (await getStore().createClass(record)) return { ok: true, record };
  }
  throw new Error("could not draw a free class code in 8 tries");
}

/**
 * Close, reopen, reveal, hide, stop or allow joins, or delete, for the owner only: `missing` for anyone else, and
 * before anything else is looked at. `changed` also when there was nothing to change (each
 * operation is idempotent, an unknown one changes nothing); `confirm` for a delete not yet
 * confirmed.
 */
export async function applyClassOp(
  code: string,
  op: unknown,
  confirmed: boolean,
  now = Date.now(),
) {
  const klass = await ownedClass(code, now);
  if (!klass) return "missing" as const;
  if (!isClassOp(op)) return "changed" as const;
  const store = getStore();
  if (op === "delete") {
    if (!confirmed) return "confirm" as const;
    await store.deleteClass(klass.code, klass.ownerId);
    return "deleted" as const;
  }
  const patch = classOpPatch(klass, op, now);
  if (patch) await store.updateClass(klass.code, klass.ownerId, patch);
  return "changed" as const;
}

/** Everything the dashboard shows, for the owner only. */
export async function classDashboard(code: string, now = Date.now()) {
  const klass = await ownedClass(code, now);
  const briefing = klass && loadBriefing(klass.slug);
  const quiz = klass && loadQuiz(klass.slug);
  if (!klass || !briefing || !quiz) return undefined;
  const { students, results } = await getStore().getClassRoster(klass.code);
  const resultOf = new Map(results.map((r) => [r.studentId, r]));
  return {
    klass,
    briefing,
    open: isOpen(klass, now),
    submitted: results.length,
    roster: [...students]
      .sort((a, b) => a.nickname.localeCompare(b.nickname))
      .map((student) => ({ student, result: resultOf.get(student.studentId) })),
    insights: questionInsights(quiz, results),
    distribution: scoreDistribution(results),
  };
}

/** The class and its briefing, for its print sheet: owner only. */
export async function classForPrint(code: string, now = Date.now()) {
  const klass = await ownedClass(code, now);
  const briefing = klass && loadBriefing(klass.slug);
  return klass && briefing ? { klass, briefing } : undefined;
}

/** The class's results as CSV: owner only. */
export async function classResultsCsv(code: string, now = Date.now()) {
  const klass = await ownedClass(code, now);
  const quiz = klass && loadQuiz(klass.slug);
  if (!klass || !quiz) return undefined;
  return { code: klass.code, csv: classCsv(quiz, await getStore().getClassRoster(klass.code)) };
}
