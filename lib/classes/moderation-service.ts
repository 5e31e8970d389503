import "server-only";
import { getStore } from "@/lib/store";
import { joinSchema } from "./class-forms";
import { isUnkindNickname } from "./kind-nickname";
import { isStudentOp, type ModerationNotice } from "./moderation";
import { ownedClass } from "./teacher-service";

export type ModerationOutcome = "missing" | "done" | ModerationNotice;

/**
 * Rename or remove one student, for the class's owner only: `missing` for anyone else (and
 * for a student not in the class), before anything is looked at. Removing needs the
 * confirmation tick; both are idempotent (a resent form changes nothing more). A new
 * nickname passes the same checks as at join: the join schema and the rude-word list.
 */
export async function moderateStudent(
  code: string,
  input: { op?: string; studentId?: string; nickname?: string; confirmed: boolean },
  now = Date.now(),
): Promise<ModerationOutcome> {
  const klass = await ownedClass(code, now);
  if (!klass || !input.studentId || !isStudentOp(input.op)) return "missing";
  const store = getStore();
  if (input.op === "remove") {
    if (!input.confirmed) return "confirm-remove";
    // The owner is checked above, so false means the student is gone already (removed, or
    // deleted their own data): the teacher wanted them out, and they are.
    await store.removeStudent(klass.code, klass.ownerId, input.studentId, now);
    return "done";
  }
  const parsed = joinSchema.safeParse({ nickname: input.nickname ?? "" });
  if (!parsed.success) return "invalid";
  if (isUnkindNickname(parsed.data.nickname)) return "unkind";
  const renamed = await store.renameStudent(
    klass.code,
    klass.ownerId,
    input.studentId,
    parsed.data.nickname,
  );
  if (renamed === "taken") return "taken";
  return renamed ? "done" : "missing";
}
