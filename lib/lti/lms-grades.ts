import { z } from "zod";
import type { ClassesPort } from "@/lib/classes/classes-port";
import type { ClassRecord } from "@/lib/classes/types";
import type { Outcome } from "@/lib/forms/action-state";
import { textField } from "@/lib/forms/form-fields";
import { routes } from "@/lib/links/routes";
import { gradeState, type gradePassback, type GradeState } from "./grade-passback";
import type { GradePolicy, GradeSent, LtiGradesPort } from "./lti-port";

// The dashboard's side of grades in the LMS, for the class's owner only: which score the
// class sends (best or latest), each launched student's grade and whether it reached the
// LMS, and "Send again" for those that did not. Everyone else gets undefined (a 404).

/** The dashboard's one form: send again, or choose which score the LMS gets. */
const lmsGradesForm = z.object({
  code: z.string().min(1).max(20),
  op: z.enum(["send-again", "best", "latest"]),
});

export type LmsGradeRow = {
  studentId: string;
  nickname: string;
  state: GradeState;
  sent?: GradeSent;
};

export type LmsGradesView = { policy: GradePolicy; rows: LmsGradeRow[] };

export type LmsGradesDeps = {
  owned: (code: string, now: number) => Promise<ClassRecord | undefined>;
  classes: Pick<ClassesPort, "getClassRoster">;
  grades: LtiGradesPort;
  passback: Pick<ReturnType<typeof gradePassback>, "sendAgain">;
};

export function lmsGradesService(deps: LmsGradesDeps) {
  return {
    /**
     * The LMS-launched students of the owner's class (on its roster, not removed) and where
     * each one's grade is; undefined when not the owner's, or when no LMS launched anyone.
     */
    async view(code: string, now = Date.now()): Promise<LmsGradesView | undefined> {
      const klass = await deps.owned(code, now);
      if (!klass) return undefined;
      const [{ students, results }, { policy, students: grades }] = await Promise.all([
        deps.classes.getClassRoster(klass.code),
        deps.grades.classGrades(klass.code),
      ]);
      const resultOf = new Map(results.map((r) => [r.studentId, r]));
      const gradeOf = new Map(grades.filter((g) => g.target).map((g) => [g.studentId, g]));
      const rows = students
        .filter((s) => gradeOf.has(s.studentId))
        .sort((a, b) => a.nickname.localeCompare(b.nickname))
        .map((s) => {
          const sent = gradeOf.get(s.studentId)!.sent;
          return {
            studentId: s.studentId,
            nickname: s.nickname,
            state: gradeState(resultOf.get(s.studentId), policy, sent),
            ...(sent && { sent }),
          };
        });
      return rows.length > 0 ? { policy, rows } : undefined;
    },

    /** The form's action: owner only (404 otherwise); idempotent, back to the dashboard. */
    async act(form: FormData, now = Date.now()): Promise<Outcome<never>> {
      const parsed = lmsGradesForm.safeParse({
        code: textField(form, "code"),
        op: textField(form, "op"),
      });
      const klass = parsed.success ? await deps.owned(parsed.data.code, now) : undefined;
      if (!parsed.success || !klass) return { notFound: true };
      const { op } = parsed.data;
      // A new policy may name other attempts: those go to the LMS now, as "send again" does.
      if (op !== "send-again") await deps.grades.setGradePolicy(klass.code, op);
      await deps.passback.sendAgain(klass.code);
      return { redirect: routes.classDashboard(klass.code) };
    },
  };
}
