import "server-only";
import { loadBriefing } from "@/lib/content/load-briefings.server";
import type { Level } from "@/lib/content/reading-level-choice";
import {
  issueMessages,
  problemState,
  type ActionState,
  type FormErrors,
  type Outcome,
  type Posted,
} from "@/lib/forms/action-state";
import { langField, textField } from "@/lib/forms/form-fields";
import { inLanguage } from "@/lib/i18n/messages-es";
import { LANGS, type Lang } from "@/lib/i18n/lang";
import { loadEdition } from "@/lib/content/load-edition.server";
import { classLanguage } from "./class-language";
import { routes } from "@/lib/links/routes";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import type { Limited } from "@/lib/rate-limit/check-limits.server";
import { classDoor, NO_OPEN_CLASS } from "./class-door.server";
import { joinSchema, type JoinValues } from "./class-forms";
import type { ClassesPort } from "./classes-port";
import { isUnkindNickname } from "./kind-nickname.server";
import { UNKIND_NICKNAME } from "./kind-nickname-message";
import { canJoin, isOpen, type Membership, type StudentRecord } from "./types";

// What a student's browser may do with a class: join it and see it. The student is whoever
// holds the class's signed cookie (StudentBrowser); no account is involved.

export const NOT_JOINING = "This class is not taking new students. Ask your teacher.";
export const CLOSED = "This class is closed. Ask your teacher.";
export const REMOVED = "Your teacher removed you from this class.";

export type JoinState = ActionState<Posted<JoinValues>>;

export type JoinOutcome =
  | { ok: true; code: string; student: StudentRecord }
  | { ok: false; errors: FormErrors; closed?: boolean };

/**
 * What this browser holds: who it is in each class it joined, its reading level and language. Signed
 * cookies in the app (membership.server.ts, level-preference.server.ts); the `ensure…` and
 * `start…` halves set cookies, so only a server action reaches them.
 */
export type StudentBrowser = {
  member(code: string): Promise<string | undefined>;
  ensureMember(code: string): Promise<string>;
  chosenLevel(): Promise<Level | undefined>;
  startAtLevel(level: Level): Promise<void>;
  chosenLang(): Promise<Lang | undefined>;
  startInLang(lang: Lang): Promise<void>;
};

export type StudentDeps = {
  classes: ClassesPort;
  browser: StudentBrowser;
  limits: {
    join(code: string): Promise<Limited | undefined>;
    unknownClassGuard(): Promise<{
      limited: Limited | undefined;
      miss: () => Promise<Limited | undefined>;
    }>;
  };
  /** Links the asker to the class they joined, so deleting their data reaches it (lib/privacy). */
  linkMembership: (membership: Membership, now: number) => Promise<void>;
  /** The memberships linked to the asker's anonymous id or account (lib/privacy). */
  askerMemberships: (now: number) => Promise<Membership[]>;
};

export function studentService({
  classes,
  browser,
  limits,
  linkMembership,
  askerMemberships,
}: StudentDeps) {
  /**
   * Whether the teacher removed the asker from this class under any student id: a removed
   * student who clears the class's cookie is still the same anonymous id, or account.
   */
  const door = classDoor({
    classes,
    member: browser.member,
    unknownClassGuard: limits.unknownClassGuard,
  });

  async function removedBefore(code: string, now: number): Promise<boolean> {
    const mine = (await askerMemberships(now)).filter((m) => m.code === code);
    const students = await Promise.all(mine.map((m) => classes.getStudent(code, m.studentId)));
    return students.some((s) => s?.removedAt !== undefined);
  }

  const service = {
    /**
     * What a student's class page needs: the class, its briefing, and who this browser is in
     * it. `missing` for no such class; `removed` when the teacher removed this browser's
     * student; `limited` when this network has tried too many codes that do not exist (it is
     * then told nothing about any code).
     */
    async loadClassForStudent(rawCode: string, now = Date.now(), page: Lang = "en") {
      const entry = await door(rawCode, now);
      if (entry.status === "limited") return { status: "limited" as const, limited: entry.limited };
      const english = entry.status !== "none" && loadBriefing(entry.klass.slug);
      if (entry.status === "none" || !english) return { status: "missing" as const };
      // The languages its briefing can be read in: the page's choice, and its language switch.
      const langs = LANGS.filter((l) => loadEdition(english.slug, l));
      const lang = classLanguage({
        page,
        chosen: await browser.chosenLang(),
        start: entry.klass.lang,
        available: langs,
      });
      const briefing = loadEdition(english.slug, lang)!;
      const { klass } = entry;
      const student =
        entry.status === "member"
          ? await classes.getStudent(klass.code, entry.studentId)
          : undefined;
      const removed = student ? !!student.removedAt : await removedBefore(klass.code, now);
      if (removed) return { status: "removed" as const, klass };
      const quiz = loadQuiz(klass.slug, lang);
      // The student's own choice first, else the level the teacher set for the class.
      const level = (await browser.chosenLevel()) ?? klass.level;
      const found = {
        ...{ klass, briefing, quiz, student, level, lang, langs },
        open: isOpen(klass, now),
        joinable: canJoin(klass, now),
      };
      return { status: "found" as const, ...found };
    },

    /**
     * A student joins (or rejoins, from the same browser) an open class under a nickname;
     * the signed cookie made here is who they are in it from then on. Through the same door
     * as the page (one answer for every code a newcomer cannot join), then rate-limited per
     * class and network, so a script cannot fill a class with names.
     */
    async joinClassFromForm(
      rawCode: string,
      input: Record<string, unknown>,
      now = Date.now(),
      lang: Lang = "en",
    ): Promise<JoinOutcome> {
      const entry = await door(rawCode, now);
      if (entry.status === "limited") return { ok: false, errors: { "": entry.limited.message } };
      if (entry.status === "none")
        return { ok: false, closed: true, errors: { "": NO_OPEN_CLASS } };
      const { klass } = entry;
      const code = klass.code;
      const limited = await limits.join(code);
      if (limited) return { ok: false, errors: { "": limited.message } };
      // Only a member reaches here with a class that is not open to join: they know it.
      if (!canJoin(klass, now)) {
        const message = klass.joinsClosedAt ? NOT_JOINING : CLOSED;
        return { ok: false, closed: true, errors: { "": message } };
      }
      if (entry.status === "newcomer" && (await removedBefore(code, now))) {
        return { ok: false, closed: true, errors: { "": REMOVED } };
      }
      const parsed = joinSchema.safeParse(input);
      if (!parsed.success) return { ok: false, errors: issueMessages(parsed.error.issues) };
      if (isUnkindNickname(parsed.data.nickname)) {
        return { ok: false, errors: { nickname: UNKIND_NICKNAME } };
      }
      const studentId = await browser.ensureMember(code);
      const student = await classes.joinClass(code, studentId, parsed.data.nickname, now);
      if (student.removedAt) return { ok: false, closed: true, errors: { "": REMOVED } };
      // Deleting "my data" later must reach this class, from any device the subject signs in on.
      await linkMembership({ code, studentId }, now);
      if (klass.level) await browser.startAtLevel(klass.level);
      await browser.startInLang(lang);
      return { ok: true, code, student };
    },

    /** The join form's action: on to the class, or the problems to show by the nickname. */
    async join(code: string, form: FormData, now = Date.now()): Promise<Outcome<JoinState>> {
      const values = { nickname: textField(form, "nickname", 100) ?? "" };
      const lang = langField(form);
      const outcome = await service.joinClassFromForm(code, values, now, lang);
      if (outcome.ok) return { redirect: routes.classJoin(outcome.code, lang) };
      return { state: problemState(inLanguage(outcome.errors, lang), values) };
    },
  };
  return service;
}
