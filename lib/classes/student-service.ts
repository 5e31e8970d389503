import "server-only";
import { chosenLevel, startAtLevel } from "@/lib/content/level-preference";
import { loadBriefing } from "@/lib/content/load-briefings";
import { loadQuiz } from "@/lib/quiz/load-quiz";
import type { Limited } from "@/lib/rate-limit/limit";
import { issueMessages, type FormErrors } from "@/lib/forms/form-state";
import { limitJoin, unknownClassGuard } from "@/lib/rate-limit/limits-service";
import { getStore } from "@/lib/store";
import { normalizeCode } from "./class-code";
import { joinSchema } from "./class-forms";
import { isUnkindNickname, UNKIND_NICKNAME } from "./kind-nickname";
import { linkClassMembership } from "@/lib/privacy/my-data-service";
import { checkClassContext, type ClassContext } from "./class-submit";
import { classMember, ensureClassMember } from "./membership";
import { canJoin, isOpen, type StudentRecord } from "./types";

// What a student's browser may do with a class: join it, see it, and send answers to it. The student
// is whoever holds the class's signed cookie (membership.ts); no account is involved.

/**
 * What a student's class page needs: the class, its briefing, and who this browser is in it.
 * `missing` for no such class; `removed` when the teacher removed this browser's student;
 * `limited` when this network has tried too many codes that do not exist (it is then told
 * nothing about any code).
 */
export async function loadClassForStudent(rawCode: string, now = Date.now()) {
  const guard = await unknownClassGuard();
  if (guard.limited) return { status: "limited" as const, limited: guard.limited };
  const code = normalizeCode(rawCode);
  const klass = code ? await getStore().getClass(code, now) : undefined;
  const briefing = klass && loadBriefing(klass.slug);
  if (!klass || !briefing) {
    const limited: Limited | undefined = await guard.miss();
    return limited ? { status: "limited" as const, limited } : { status: "missing" as const };
  }
  const studentId = await classMember(klass.code);
  const student = studentId ? await getStore().getStudent(klass.code, studentId) : undefined;
  if (student?.removedAt) return { status: "removed" as const, klass };
  const quiz = loadQuiz(klass.slug);
  // The student's own choice first, else the level the teacher set for the class.
  const level = (await chosenLevel()) ?? klass.level;
  const found = {
    ...{ klass, briefing, quiz, student, level },
    open: isOpen(klass, now),
    joinable: canJoin(klass, now),
  };
  return { status: "found" as const, ...found };
}

/** For a quiz posted with a class code: this browser's student (signed cookie) in it. */
export async function classContext(code: string, now = Date.now()): Promise<ClassContext> {
  return checkClassContext(getStore(), code, await classMember(code), now);
}

const REMOVED = "Your teacher removed you from this class.";

export type JoinOutcome =
  | { ok: true; code: string; student: StudentRecord }
  | { ok: false; errors: FormErrors; closed?: boolean };

/**
 * A student joins (or rejoins, from the same browser) an open class under a nickname; the
 * signed cookie made here is who they are in it from then on. Rate-limited per class and
 * network, so a script cannot fill a class with names.
 */
export async function joinClassFromForm(
  rawCode: string,
  input: Record<string, unknown>,
  now = Date.now(),
): Promise<JoinOutcome> {
  const code = normalizeCode(rawCode);
  if (!code) return { ok: false, errors: { "": "This class link is not valid." } };
  const limited = await limitJoin(code);
  if (limited) return { ok: false, errors: { "": limited.message } };
  const record = await getStore().getClass(code, now);
  if (!record || !canJoin(record, now)) {
    const message = record?.joinsClosedAt
      ? "This class is not taking new students. Ask your teacher."
      : "This class is closed. Ask your teacher.";
    return { ok: false, closed: true, errors: { "": message } };
  }
  const parsed = joinSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issueMessages(parsed.error.issues) };
  if (isUnkindNickname(parsed.data.nickname)) {
    return { ok: false, errors: { nickname: UNKIND_NICKNAME } };
  }
  const studentId = await ensureClassMember(code);
  const student = await getStore().joinClass(code, studentId, parsed.data.nickname, now);
  if (student.removedAt) return { ok: false, closed: true, errors: { "": REMOVED } };
  // Deleting "my data" later must reach this class, from any device the subject signs in on.
  await linkClassMembership({ code, studentId }, now);
  if (record.level) await startAtLevel(record.level);
  return { ok: true, code, student };
}
