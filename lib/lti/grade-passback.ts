import type { ClassesPort } from "@/lib/classes/classes-port";
import type { ClassAttempt, ClassResult } from "@/lib/classes/types";
import type { Platform } from "@/lib/env/lti-platforms";
import type { GradeOutcome, Score } from "./grade-service";
import type { GradePolicy, GradeSent, LtiGradesPort, StudentGrade } from "./lti-port";
import { findPlatform } from "./platforms";

// Scores back to the LMS, for the students an LMS launched: after each scored attempt (the
// quiz's submission schedules `send` once its answer has gone), and again when the teacher
// asks. What is sent is the attempt the class's policy names, best (the default) or latest;
// an attempt that reached the LMS is not sent twice. Every send is recorded, so the dashboard
// can say per student whether their grade is in the LMS's gradebook.

export type PassbackDeps = {
  grades: LtiGradesPort;
  classes: Pick<ClassesPort, "getClass" | "getClassRoster">;
  platforms: () => Promise<readonly Platform[]>;
  postScore: (platform: Platform, lineItem: string, score: Score) => Promise<GradeOutcome>;
  now: () => number;
  log: (message: string) => void;
};

/** Where a student's grade is: no attempt yet, in the LMS, refused, or not (yet) sent. */
export type GradeState = "no-score" | "sent" | "failed" | "waiting";

const chosenAttempt = (result: ClassResult, policy: GradePolicy): ClassAttempt =>
  policy === "latest" ? result.latest : result.best;

/** The state of one student's grade, from what the class holds and what was last sent. */
export function gradeState(
  result: ClassResult | undefined,
  policy: GradePolicy,
  sent: GradeSent | undefined,
): GradeState {
  if (!result) return "no-score";
  if (sent?.attemptId !== chosenAttempt(result, policy).attemptId) return "waiting";
  return sent.ok ? "sent" : "failed";
}

export function gradePassback(deps: PassbackDeps) {
  /** Posts the chosen attempt unless it is in the LMS already; records what happened. */
  async function sendOne(
    code: string,
    grade: StudentGrade,
    policy: GradePolicy,
    result: ClassResult | undefined,
  ): Promise<GradeState> {
    const { target } = grade;
    if (!target || !result) return "no-score";
    const state = gradeState(result, policy, grade.sent);
    if (state === "sent") return state;
    const attempt = chosenAttempt(result, policy);
    const platform = findPlatform(await deps.platforms(), target.issuer, target.clientId);
    const now = deps.now();
    const outcome: GradeOutcome | { ok: false; status: "unregistered"; detail: string } = platform
      ? await deps.postScore(platform, target.lineItem, {
          userId: target.userId,
          scoreGiven: attempt.score,
          scoreMaximum: attempt.maxScore,
          // When it is sent: platforms keep the score with the latest timestamp, and the
          // best attempt may be older than one sent before it.
          timestamp: now,
        })
      : { ok: false, status: "unregistered", detail: "the LMS is no longer registered" };
    if (!outcome.ok) {
      deps.log(`[lti] score not sent (class ${code}): ${outcome.status} ${outcome.detail}`);
    }
    await deps.grades.setGradeSent(code, grade.studentId, {
      attemptId: attempt.attemptId,
      scoreGiven: attempt.score,
      scoreMaximum: attempt.maxScore,
      at: now,
      ok: outcome.ok,
      ...(!outcome.ok && { failure: String(outcome.status) }),
    });
    return outcome.ok ? "sent" : "failed";
  }

  /** The class's results by student, if the class is still here. */
  async function resultsOf(code: string) {
    if (!(await deps.classes.getClass(code, deps.now()))) return undefined;
    const { results } = await deps.classes.getClassRoster(code);
    return new Map(results.map((r) => [r.studentId, r]));
  }

  return {
    /** One student's grade to the LMS (after their attempt counted); nothing if not launched. */
    async send(code: string, studentId: string): Promise<GradeState | undefined> {
      const [results, grade] = await Promise.all([
        resultsOf(code),
        deps.grades.studentGrade(code, studentId),
      ]);
      if (!results || !grade.target) return undefined;
      return sendOne(code, grade, grade.policy, results.get(studentId));
    },

    /** Every launched student whose grade is not in the LMS, sent again; their new states. */
    async sendAgain(code: string): Promise<Map<string, GradeState>> {
      const [results, { policy, students }] = await Promise.all([
        resultsOf(code),
        deps.grades.classGrades(code),
      ]);
      const states = new Map<string, GradeState>();
      if (!results) return states;
      await Promise.all(
        students.map(async (grade) => {
          states.set(
            grade.studentId,
            await sendOne(code, grade, policy, results.get(grade.studentId)),
          );
        }),
      );
      return states;
    },
  };
}
