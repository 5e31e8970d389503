import type { ClassAttempt } from "@/lib/quiz/attempt";

type Feedback = "immediate" | "after-close";

/** A class link: one briefing's quiz, shared by a teacher with their students. */
export type ClassRecord = {
  code: string;
  ownerId: string;
  title: string;
  slug: string;
  /** `immediate`: result and explanations after submit; `after-close`: score only until revealed. */
  feedback: Feedback;
  createdAt: number;
  /** Optional automatic close time. */
  closesAt?: number;
  /** Set when the teacher closes it; cleared on reopen. */
  closedAt?: number;
  /** Set when the teacher reveals answers (after-close classes). */
  revealedAt?: number;
  /** The reading level students start at, when the teacher chose the easier text. */
  level?: "easy";
  /** The language students start in, when the teacher chose Spanish (they can switch). */
  lang?: "es";
  /** Set when the teacher stops new joins; the class stays open to those already in it. */
  joinsClosedAt?: number;
};

export type StudentRecord = {
  studentId: string;
  nickname: string;
  joinedAt: number;
  /**
   * Set when the teacher removed the student: their nickname is freed, their results leave
   * the class, and their browser (same student id) cannot rejoin.
   */
  removedAt?: number;
};

/** A class a subject joined, and who they are in it (the class's student id). */
export type Membership = { code: string; studentId: string };

export type { ClassAttempt };

/** One student's results in a class: one hash field / row per student. */
export type ClassResult = {
  studentId: string;
  attempts: number;
  latest: ClassAttempt;
  best: ClassAttempt;
  /** Every attempt id counted, so a retried submission counts once. */
  attemptIds: string[];
};

export type ClassRoster = {
  students: StudentRecord[];
  results: ClassResult[];
  /** Students the teacher removed, whom the teacher may let back in. */
  removed: StudentRecord[];
};

/**
 * What a class's dashboard and CSV count: students not removed, and only their results. A
 * result whose student is gone (removed, or deleted their data while a submission was in
 * flight) counts nowhere. Both adapters build their roster with it.
 */
export function liveRoster(students: StudentRecord[], results: ClassResult[]): ClassRoster {
  const live = students.filter((s) => s.removedAt === undefined);
  const ids = new Set(live.map((s) => s.studentId));
  const removed = students.filter((s) => s.removedAt !== undefined);
  return { students: live, results: results.filter((r) => ids.has(r.studentId)), removed };
}

/** A class is open until the teacher closes it or its close time passes. */
export function isOpen(c: ClassRecord, now: number): boolean {
  return c.closedAt === undefined && (c.closesAt === undefined || c.closesAt > now);
}

/** A newcomer may join while the class is open and the teacher has not stopped joins. */
export function canJoin(c: ClassRecord, now: number): boolean {
  return isOpen(c, now) && c.joinsClosedAt === undefined;
}

/**
 * What "Reopen" changes: the teacher's own close, and a close time that has passed (one still
 * ahead stays). Nothing for an open class, so pressing it twice changes nothing.
 */
export function reopenPatch(c: ClassRecord, now: number): ClassPatch | undefined {
  if (isOpen(c, now)) return undefined;
  const passed = c.closesAt !== undefined && c.closesAt <= now;
  return { closedAt: null, ...(passed ? { closesAt: null } : {}) };
}

/** When a class and all its data may be deleted: `days` after it closed (or will close). */
export function expiresAt(c: ClassRecord, days: number): number | undefined {
  const closed = c.closedAt ?? c.closesAt;
  return closed === undefined ? undefined : closed + days * 24 * 60 * 60 * 1000;
}

/** Latest and best after one more attempt (pure; both adapters use the same rule). */
export function withAttempt(
  previous: ClassResult | undefined,
  studentId: string,
  attempt: ClassAttempt,
): { result: ClassResult; duplicate: boolean } {
  if (previous?.attemptIds.includes(attempt.attemptId)) {
    return { result: previous, duplicate: true };
  }
  const share = (a: ClassAttempt) => (a.maxScore ? a.score / a.maxScore : 0);
  const latest =
    previous && previous.latest.createdAt > attempt.createdAt ? previous.latest : attempt;
  const best = previous && share(previous.best) >= share(attempt) ? previous.best : attempt;
  return {
    result: {
      studentId,
      attempts: (previous?.attempts ?? 0) + 1,
      latest,
      best,
      attemptIds: [...(previous?.attemptIds ?? []), attempt.attemptId],
    },
    duplicate: false,
  };
}

/** `null` clears a field (reopen, drop a passed close time, hide answers again). */
export type ClassPatch = {
  closedAt?: number | null;
  closesAt?: number | null;
  revealedAt?: number | null;
  joinsClosedAt?: number | null;
};

/** A class with a patch applied: `null` clears a field, a number sets it, absent leaves it. */
export function applyClassPatch(record: ClassRecord, patch: ClassPatch): ClassRecord {
  const next: ClassRecord = { ...record };
  for (const key of ["closedAt", "closesAt", "revealedAt", "joinsClosedAt"] as const) {
    if (patch[key] === null) delete next[key];
    else if (patch[key] !== undefined) next[key] = patch[key];
  }
  return next;
}
