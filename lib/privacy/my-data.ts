import type { ClassRecord } from "@/lib/classes/types";
import type { AttemptRecord } from "@/lib/quiz/attempt";
import type { SubjectClassData } from "@/lib/privacy/subjects-port";

/** Who the data belongs to, as the download names them. */
export type DataOwner =
  | { kind: "anonymous"; id: string }
  | { kind: "account"; id: string; name: string | null }
  | { kind: "none" };

export type MyDataInput = {
  owner: DataOwner;
  attempts: AttemptRecord[];
  classes: SubjectClassData[];
  /** The titles of the classes joined, where the class still exists. */
  classTitles: Map<string, string>;
  /** Classes this account teaches (deleted from their dashboards, not here). */
  taught: ClassRecord[];
  retentionDays: number;
  now: number;
};

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/**
 * Everything we hold about the reader, as one JSON document a student or parent can open:
 * plain field names, dates as ISO strings, and a line saying what each part is. The answers
 * are kept as stored (option ids), which is what the teacher's CSV shows too.
 */
export function myDataDocument(input: MyDataInput) {
  const { owner, attempts, classes, classTitles, taught, retentionDays, now } = input;
  return {
    about:
      "Everything Briefing & Quiz keeps about you. Nothing else is stored about you, and nothing is shared with anyone else.",
    exportedAt: iso(now),
    you: owner,
    keptFor: `${retentionDays} days after your last quiz or class join; then deleted automatically.`,
    attempts: attempts.map((a) => ({
      attemptId: a.attemptId,
      briefing: a.slug,
      takenAt: iso(a.createdAt),
      ...(a.classCode ? { classCode: a.classCode } : {}),
      score: a.score,
      maxScore: a.maxScore,
      questions: a.questionIds,
      answers: a.responses,
      pointsPerQuestion: a.credits,
    })),
    classes: classes.map(({ membership, student, result }) => ({
      classCode: membership.code,
      classTitle: classTitles.get(membership.code) ?? null,
      whatYourTeacherSees: student
        ? {
            nickname: student.nickname,
            joinedAt: iso(student.joinedAt),
            attemptsSent: result?.attempts ?? 0,
            latest: result && summary(result.latest),
            best: result && summary(result.best),
          }
        : null,
    })),
    classesYouTeach: taught.map((c) => ({
      classCode: c.code,
      title: c.title,
      briefing: c.slug,
      createdAt: iso(c.createdAt),
    })),
  };
}

function summary(a: { attemptId: string; createdAt: number; score: number; maxScore: number }) {
  return {
    attemptId: a.attemptId,
    takenAt: iso(a.createdAt),
    score: a.score,
    maxScore: a.maxScore,
  };
}
