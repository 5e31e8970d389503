import "server-only";
import type { Identity } from "@/lib/auth/identity";
import { listBriefingSlugs, loadBriefing } from "@/lib/content/load-briefings.server";
import { loadEdition } from "@/lib/content/load-edition.server";
import {
  issueMessages,
  problemState,
  type ActionState,
  type FormErrors,
  type Outcome,
  type Posted,
} from "@/lib/forms/action-state";
import { textField } from "@/lib/forms/form-fields";
import { routes } from "@/lib/links/routes";
import { parseExportFileName } from "@/lib/quiz/export/exporters";
import {
  quizExportFile,
  quizExportInput,
  type ExportFile,
} from "@/lib/quiz/export/quiz-export.server";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import type { Limited } from "@/lib/rate-limit/check-limits.server";
import { classCsv } from "./class-csv";
import { newClassCode } from "./class-code.server";
import { createWithFreshCode } from "./fresh-code";
import { closesAtFrom, createClassSchema, type CreateClassValues } from "./class-forms";
import { classOpPatch, isClassOp } from "./class-ops";
import type { ClassesPort } from "./classes-port";
import { questionInsights, scoreDistribution } from "./insights";
import { isOpen, type ClassRecord } from "./types";

// What a teacher does with classes. Every function finds the signed-in teacher itself and
// answers only for their own classes: anyone else (signed out, another teacher) gets the
// same `undefined` as for a class that does not exist, so a page shows a 404 and reveals
// nothing. Callers cannot forget the check, because they cannot pass an owner in.

export type CreateOutcome =
  | { ok: true; record: ClassRecord }
  | { ok: false; errors: FormErrors }
  | { ok: false; signedOut: true };

export type CreateClassState = ActionState<Posted<CreateClassValues>>;

const CREATE_FIELDS = [
  "title",
  "slug",
  "feedback",
  "level",
  "lang",
  "closesAt",
  "timezoneOffset",
] as const;

export const FUTURE_CLOSE = "Pick a time in the future, or leave it empty.";

export type TeacherDeps = {
  classes: ClassesPort;
  identity: Pick<Identity, "userId">;
  /** Class creations per teacher (lib/rate-limit). */
  limitCreation: (teacherId: string) => Promise<Limited | undefined>;
  /** Quiz file downloads per teacher (lib/rate-limit). */
  limitExport: (teacherId: string) => Promise<Limited | undefined>;
  newCode?: () => string;
};

export type TeacherService = ReturnType<typeof teacherService>;

export function teacherService({
  classes,
  identity,
  limitCreation,
  limitExport,
  newCode = newClassCode,
}: TeacherDeps) {
  /** The class if the signed-in teacher owns it (moderation shares the check). */
  async function ownedClass(code: string, now: number): Promise<ClassRecord | undefined> {
    const ownerId = await identity.userId();
    if (!ownerId) return undefined;
    const record = await classes.getClass(code, now);
    return record?.ownerId === ownerId ? record : undefined;
  }

  /** The create form's rules, from its values as posted (see `createClass`). */
  async function createClassFromForm(
    input: Record<string, unknown>,
    now = Date.now(),
  ): Promise<CreateOutcome> {
    const ownerId = await identity.userId();
    if (!ownerId) return { ok: false, signedOut: true };
    const limited = await limitCreation(ownerId);
    if (limited) return { ok: false, errors: { "": limited.message } };
    const parsed = createClassSchema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: issueMessages(parsed.error.issues) };
    const values = parsed.data;
    if (!listBriefingSlugs().includes(values.slug)) {
      return { ok: false, errors: { slug: "Choose a briefing." } };
    }
    const closesAt = closesAtFrom(values);
    if (closesAt !== undefined && closesAt <= now) {
      return { ok: false, errors: { closesAt: FUTURE_CLOSE } };
    }
    const record = await createWithFreshCode(classes, newCode, {
      ownerId,
      title: values.title,
      slug: values.slug,
      feedback: values.feedback,
      createdAt: now,
      ...(closesAt !== undefined ? { closesAt } : {}),
      ...(values.level === "easy" && loadBriefing(values.slug)?.easy ? { level: "easy" } : {}),
      ...(values.lang === "es" && loadEdition(values.slug, "es") ? { lang: "es" } : {}),
    });
    return { ok: true, record };
  }

  /**
   * Close, reopen, reveal, hide, stop or allow joins, or delete, for the owner only:
   * `missing` for anyone else, and before anything else is looked at. `changed` also when
   * there was nothing to change (each operation is idempotent, an unknown one changes
   * nothing); `confirm` for a delete not yet confirmed.
   */
  async function applyClassOp(code: string, op: unknown, confirmed: boolean, now = Date.now()) {
    const klass = await ownedClass(code, now);
    if (!klass) return "missing" as const;
    if (!isClassOp(op)) return "changed" as const;
    if (op === "delete") {
      if (!confirmed) return "confirm" as const;
      await classes.deleteClass(klass.code, klass.ownerId);
      return "deleted" as const;
    }
    const patch = classOpPatch(klass, op, now);
    if (patch) await classes.updateClass(klass.code, klass.ownerId, patch);
    return "changed" as const;
  }

  return {
    ownedClass,
    createClassFromForm,
    applyClassOp,

    /** The create form's action: on to the new class's dashboard, or its problems. */
    async createClass(form: FormData, now = Date.now()): Promise<Outcome<CreateClassState>> {
      const values: Posted<CreateClassValues> = {};
      for (const field of CREATE_FIELDS) {
        const value = textField(form, field);
        if (value !== undefined) values[field] = value;
      }
      const outcome = await createClassFromForm(values, now);
      if (outcome.ok) return { redirect: routes.classDashboard(outcome.record.code) };
      if ("signedOut" in outcome) return { redirect: routes.signIn({ from: routes.teach() }) };
      return { state: problemState(outcome.errors, values) };
    },

    /** A class operation's action (close, reopen, …): the owner only, 404 for everyone else. */
    async classOp(form: FormData, now = Date.now()): Promise<Outcome<never>> {
      const code = textField(form, "code") ?? "";
      const confirmed = textField(form, "confirm") === "yes";
      const done = await applyClassOp(code, textField(form, "op"), confirmed, now);
      if (done === "missing") return { notFound: true };
      if (done === "confirm") return { redirect: routes.classDashboard(code, "delete") };
      return { redirect: done === "deleted" ? routes.teach() : routes.classDashboard(code) };
    },

    /** The signed-in teacher's classes, newest first, each with whether it is open now. */
    async myClasses(now = Date.now()) {
      const ownerId = await identity.userId();
      if (!ownerId) return undefined;
      const list = await classes.listClasses(ownerId, now);
      return list.map((c) => ({ ...c, open: isOpen(c, now) }));
    },

    /** Everything the dashboard shows, for the owner only. */
    async classDashboard(code: string, now = Date.now()) {
      const klass = await ownedClass(code, now);
      const briefing = klass && loadBriefing(klass.slug);
      const quiz = klass && loadQuiz(klass.slug);
      if (!klass || !briefing || !quiz) return undefined;
      const { students, results, removed } = await classes.getClassRoster(klass.code);
      const resultOf = new Map(results.map((r) => [r.studentId, r]));
      return {
        klass,
        briefing,
        open: isOpen(klass, now),
        submitted: results.length,
        roster: [...students]
          .sort((a, b) => a.nickname.localeCompare(b.nickname))
          .map((student) => ({ student, result: resultOf.get(student.studentId) })),
        removed: [...removed].sort((a, b) => a.nickname.localeCompare(b.nickname)),
        insights: questionInsights(quiz, results),
        distribution: scoreDistribution(results),
      };
    },

    /** The class and its briefing, for its print sheet: owner only. */
    async classForPrint(code: string, now = Date.now()) {
      const klass = await ownedClass(code, now);
      const briefing = klass && loadBriefing(klass.slug);
      return klass && briefing ? { klass, briefing } : undefined;
    },

    /**
     * A briefing's quiz as a file for the school's LMS, with the answers in it, in the
     * language its name says: for any signed-in teacher from /teach; from a class (`code`),
     * for its owner only, in the class's language, with the class link in it and the briefing
     * linked at the class's level. `undefined` (a 404) for anyone else and for a name that is
     * not one of our files; `limited` past the per-teacher limit. `origin` makes links absolute.
     */
    async quizExport(
      fileName: string,
      origin: string,
      code?: string,
      now = Date.now(),
    ): Promise<{ file: ExportFile } | { limited: Limited } | undefined> {
      const teacherId = await identity.userId();
      if (!teacherId) return undefined;
      const klass = code === undefined ? undefined : await ownedClass(code, now);
      if (code !== undefined && !klass) return undefined;
      const wanted = parseExportFileName(fileName);
      if (!wanted) return undefined;
      // From a class: its briefing, in its language, linked at its level.
      if (klass && (klass.slug !== wanted.slug || (klass.lang ?? "en") !== wanted.lang)) {
        return undefined;
      }
      const { slug, lang, format } = wanted;
      const briefing =
        klass?.level === "easy" ? routes.easyBriefing(slug, lang) : routes.briefing(slug, lang);
      const input = quizExportInput(slug, lang, {
        briefingUrl: `${origin}${briefing}`,
        ...(klass && { classUrl: `${origin}${routes.classJoin(klass.code, lang)}` }),
      });
      // No such briefing, or none in that language: a 404, not counted against the limit.
      if (!input) return undefined;
      const limited = await limitExport(teacherId);
      return limited ? { limited } : { file: quizExportFile(input, format) };
    },

    /** The class's results as CSV: owner only. */
    async classResultsCsv(code: string, now = Date.now()) {
      const klass = await ownedClass(code, now);
      const quiz = klass && loadQuiz(klass.slug);
      if (!klass || !quiz) return undefined;
      return { code: klass.code, csv: classCsv(quiz, await classes.getClassRoster(klass.code)) };
    },
  };
}
