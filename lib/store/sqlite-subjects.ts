import "server-only";
import type Database from "better-sqlite3";
import type { ClassResult, Membership, StudentRecord } from "@/lib/classes/types";
import type { AttemptRecord } from "@/lib/quiz/attempt";
import { byClass, subjectClassData, unionMemberships } from "./memberships";
import type { SubjectClassData, SubjectsPort } from "@/lib/privacy/subjects-port";

export const SUBJECT_SCHEMA = `
  CREATE TABLE IF NOT EXISTS memberships (
    subject_id TEXT NOT NULL,
    code       TEXT NOT NULL,
    student_id TEXT NOT NULL,
    linked_at  INTEGER NOT NULL,
    -- Per class and student: one subject may be two students of a class (two devices).
    PRIMARY KEY (subject_id, code, student_id)
  );
`;

// Every subject whose retention has passed is swept every this many writes (and on opening).
const SWEEP_EVERY = 500;

const LAST_ACTIVITY = `SELECT MAX(t) AS t FROM (
  SELECT MAX(created_at) AS t FROM attempts WHERE subject_id = @s
  UNION ALL SELECT MAX(linked_at) FROM memberships WHERE subject_id = @s)`;
const EXPIRED = `SELECT subject_id FROM (
  SELECT subject_id, MAX(created_at) AS t FROM attempts GROUP BY subject_id
  UNION ALL SELECT subject_id, MAX(linked_at) FROM memberships GROUP BY subject_id)
  GROUP BY subject_id HAVING MAX(t) <= ?`;

export type SubjectRetention = ReturnType<typeof subjectRetention>;

/**
 * A subject's attempts and links expire together, `retentionMs` after its last activity (its
 * newest attempt or link). Reads filter by their `now`; rows are deleted by the real clock, as
 * Redis expires keys: before each write to a subject, and for every subject now and then.
 */
export function subjectRetention(open: () => Database.Database, retentionMs: () => number) {
  let writes = 0;
  const forget = (d: Database.Database, subjectId: string) => {
    d.prepare("DELETE FROM memberships WHERE subject_id = ?").run(subjectId);
    return d.prepare("DELETE FROM attempts WHERE subject_id = ?").run(subjectId).changes;
  };
  /** Deletes every subject past retention at `now`; returns how many. */
  const sweep = (d: Database.Database, now: number) => {
    const gone = d.prepare(EXPIRED).all(now - retentionMs()) as { subject_id: string }[];
    for (const { subject_id } of gone) forget(d, subject_id);
    return gone.length;
  };
  const lastActivity = (subjectId: string) =>
    (open().prepare(LAST_ACTIVITY).get({ s: subjectId }) as { t: number | null }).t;
  const expired = (t: number | null, now: number) => t !== null && t + retentionMs() <= now;
  return {
    forget,
    sweep,
    /** Whether the subject holds anything live at `now`. */
    live(subjectId: string, now: number) {
      const t = lastActivity(subjectId);
      return t !== null && !expired(t, now);
    },
    /** Before a write to these subjects, inside its transaction: what has expired goes first. */
    beforeWrite(d: Database.Database, ...subjectIds: string[]) {
      const now = Date.now();
      for (const id of subjectIds) if (expired(lastActivity(id), now)) forget(d, id);
      if (++writes % SWEEP_EVERY === 0) sweep(d, now);
    },
  };
}

/** A `data` column's JSON, when there is a row. */
export const parseData = <T>(row: unknown): T | undefined =>
  row ? (JSON.parse((row as { data: string }).data) as T) : undefined;

export function sqliteSubjectOps(
  open: () => Database.Database,
  retention: SubjectRetention,
  listAttempts: (subjectId: string, slug: undefined, now: number) => Promise<AttemptRecord[]>,
): Omit<SubjectsPort, "mergeSubjects"> {
  const links = (subjectId: string) =>
    (
      open()
        .prepare("SELECT code, student_id AS studentId FROM memberships WHERE subject_id = ?")
        .all(subjectId) as Membership[]
    ).sort(byClass);
  const classData = (membership: Membership, now: number): SubjectClassData => {
    const d = open();
    const args = [membership.code, membership.studentId] as const;
    const live = d
      .prepare("SELECT 1 FROM classes WHERE code = ? AND (expires_at IS NULL OR expires_at > ?)")
      .get(membership.code, now);
    const where = "WHERE code = ? AND student_id = ?";
    const student = parseData<StudentRecord>(
      d.prepare(`SELECT data FROM class_students ${where}`).get(...args),
    );
    const result = parseData<ClassResult>(
      d.prepare(`SELECT data FROM class_results ${where}`).get(...args),
    );
    return subjectClassData(membership, Boolean(live), student, result);
  };

  return {
    async linkMembership(subjectId, { code, studentId }, now) {
      const d = open();
      d.transaction(() => {
        retention.beforeWrite(d, subjectId);
        d.prepare(
          `INSERT INTO memberships (subject_id, code, student_id, linked_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (subject_id, code, student_id) DO UPDATE
             SET linked_at = max(linked_at, excluded.linked_at)`,
        ).run(subjectId, code, studentId, now);
      })();
    },

    async listMemberships(subjectId, now = Date.now()) {
      return retention.live(subjectId, now) ? links(subjectId) : [];
    },

    async exportSubject(subjectId, extra, now = Date.now()) {
      const linked = retention.live(subjectId, now) ? links(subjectId) : [];
      return {
        attempts: await listAttempts(subjectId, undefined, now),
        classes: unionMemberships(linked, extra).map((m) => classData(m, now)),
      };
    },

    async deleteSubject(subjectId, extra) {
      const d = open();
      return d.transaction(() => {
        const memberships = unionMemberships(links(subjectId), extra);
        const attempts = retention.forget(d, subjectId);
        let classes = 0;
        for (const { code, studentId } of memberships) {
          let gone = 0;
          for (const table of ["class_students", "class_results", "class_lms"]) {
            gone += d
              .prepare(`DELETE FROM ${table} WHERE code = ? AND student_id = ?`)
              .run(code, studentId).changes;
          }
          if (gone > 0) classes++;
        }
        return { attempts, classes };
      })();
    },

    async applyRetention(now = Date.now()) {
      const d = open();
      // Every row has its time here, so there is nothing to date: only the sweep.
      return { removed: d.transaction(() => retention.sweep(d, now))(), dated: 0, claims: 0 };
    },
  };
}
