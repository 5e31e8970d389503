import "server-only";
import type { Outcome } from "@/lib/forms/action-state";
import { textField } from "@/lib/forms/form-fields";
import { routes } from "@/lib/links/routes";
import { joinSchema } from "./class-forms";
import type { ClassesPort } from "./classes-port";
import { isUnkindNickname } from "./kind-nickname.server";
import { isStudentOp, type ModerationNotice } from "./moderation";
import type { TeacherService } from "./teacher.server";

export type ModerationOutcome = "missing" | "done" | ModerationNotice;

/**
 * Rename, remove or let back in one student, for the class's owner only: `missing` for anyone else (and
 * for a student not in the class), before anything is looked at. Removing needs the
 * confirmation tick; both are idempotent (a resent form changes nothing more). A new
 * nickname passes the same checks as at join: the join schema and the rude-word list.
 */
export function moderationService({
  classes,
  teacher,
}: {
  classes: ClassesPort;
  teacher: Pick<TeacherService, "ownedClass">;
}) {
  async function moderateStudent(
    code: string,
    input: { op?: string; studentId?: string; nickname?: string; confirmed: boolean },
    now = Date.now(),
  ): Promise<ModerationOutcome> {
    const klass = await teacher.ownedClass(code, now);
    if (!klass || !input.studentId || !isStudentOp(input.op)) return "missing";
    if (input.op === "restore") {
      if (!(await classes.getStudent(klass.code, input.studentId))) return "missing";
      // Undefined when not removed (back already: a resent form): nothing to undo, and done.
      await classes.restoreStudent(klass.code, klass.ownerId, input.studentId);
      return "done";
    }
    if (input.op === "remove") {
      if (!input.confirmed) return "confirm-remove";
      // The owner is checked above, so false means the student is gone already (removed,
      // or deleted their own data): the teacher wanted them out, and they are.
      await classes.removeStudent(klass.code, klass.ownerId, input.studentId, now);
      return "done";
    }
    const parsed = joinSchema.safeParse({ nickname: input.nickname ?? "" });
    if (!parsed.success) return "invalid";
    if (isUnkindNickname(parsed.data.nickname)) return "unkind";
    const renamed = await classes.renameStudent(
      klass.code,
      klass.ownerId,
      input.studentId,
      parsed.data.nickname,
    );
    if (renamed === "taken") return "taken";
    return renamed ? "done" : "missing";
  }

  return {
    moderateStudent,

    /**
     * Rename or remove, as the dashboard's form posts it: 404 for anyone but the owner (and
     * for a student not in the class); a refusal comes back as a notice at the student's row.
     */
    async moderate(form: FormData, now = Date.now()): Promise<Outcome<never>> {
      const code = textField(form, "code") ?? "";
      const studentId = textField(form, "studentId") ?? "";
      const outcome = await moderateStudent(
        code,
        {
          op: textField(form, "op"),
          studentId,
          nickname: textField(form, "nickname"),
          confirmed: textField(form, "confirm") === "yes",
        },
        now,
      );
      if (outcome === "missing") return { notFound: true };
      return {
        redirect:
          outcome === "done"
            ? routes.classDashboard(code)
            : routes.classDashboardNotice(code, outcome, studentId),
      };
    },
  };
}
