import "server-only";
import type Database from "better-sqlite3";
import {
  applyClassPatch,
  expiresAt,
  withAttempt,
  type ClassRecord,
  type ClassResult,
} from "@/lib/classes/types";
import type { ClassesPort } from "@/lib/classes/classes-port";
import { sqliteStudentOps } from "./sqlite-students";

export const CLASS_SCHEMA = `
  CREATE TABLE IF NOT EXISTS classes (
    code       TEXT PRIMARY KEY,
    owner_id   TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    data       TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS classes_by_owner ON classes (owner_id, created_at);
  CREATE INDEX IF NOT EXISTS classes_by_expiry ON classes (expires_at);
  CREATE TABLE IF NOT EXISTS class_students (
    code         TEXT NOT NULL,
    student_id   TEXT NOT NULL,
    nickname_key TEXT NOT NULL,
    data         TEXT NOT NULL,
    PRIMARY KEY (code, student_id),
    UNIQUE (code, nickname_key)
  );
  CREATE TABLE IF NOT EXISTS class_results (
    code       TEXT NOT NULL,
    student_id TEXT NOT NULL,
    data       TEXT NOT NULL,
    PRIMARY KEY (code, student_id)
  );
`;

/** The class operations on the embedded store; retention is a sweep on access. */
export function sqliteClassOps(
  open: () => Database.Database,
  retentionDays: () => number,
): ClassesPort {
  const sweep = (now: number) => {
    const d = open();
    d.transaction(() => {
      const gone = d
        .prepare("SELECT code FROM classes WHERE expires_at IS NOT NULL AND expires_at <= ?")
        .all(now) as { code: string }[];
      for (const { code } of gone) removeClass(d, code);
    })();
  };
  const read = (code: string) => {
    const row = open().prepare("SELECT data FROM classes WHERE code = ?").get(code) as
      { data: string } | undefined;
    return row && (JSON.parse(row.data) as ClassRecord);
  };
  const write = (record: ClassRecord) =>
    open()
      .prepare("UPDATE classes SET data = ?, expires_at = ? WHERE code = ?")
      .run(JSON.stringify(record), expiresAt(record, retentionDays()) ?? null, record.code);

  return {
    ...sqliteStudentOps(open, (code, ownerId) => read(code)?.ownerId === ownerId),

    async createClass(record) {
      const result = open()
        .prepare(
          `INSERT INTO classes (code, owner_id, created_at, expires_at, data) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (code) DO NOTHING`,
        )
        .run(
          record.code,
          record.ownerId,
          record.createdAt,
          expiresAt(record, retentionDays()) ?? null,
          JSON.stringify(record),
        );
      return result.changes === 1;
    },

    async getClass(code, now) {
      sweep(now);
      return read(code);
    },

    async listClasses(ownerId, now) {
      sweep(now);
      const rows = open()
        .prepare("SELECT data FROM classes WHERE owner_id = ? ORDER BY created_at DESC, rowid DESC")
        .all(ownerId) as { data: string }[];
      return rows.map((r) => JSON.parse(r.data) as ClassRecord);
    },

    async updateClass(code, ownerId, patch) {
      return open().transaction(() => {
        const record = read(code);
        if (!record || record.ownerId !== ownerId) return undefined;
        const next = applyClassPatch(record, patch);
        write(next);
        return next;
      })();
    },

    async deleteClass(code, ownerId) {
      const d = open();
      return d.transaction(() => {
        if (read(code)?.ownerId !== ownerId) return false;
        removeClass(d, code);
        return true;
      })();
    },

    async recordClassAttempt(code, studentId, attempt) {
      const d = open();
      return d.transaction(() => {
        const row = d
          .prepare("SELECT data FROM class_results WHERE code = ? AND student_id = ?")
          .get(code, studentId) as { data: string } | undefined;
        const previous = row && (JSON.parse(row.data) as ClassResult);
        const { result, duplicate } = withAttempt(previous, studentId, attempt);
        if (!duplicate) {
          d.prepare(
            `INSERT INTO class_results (code, student_id, data) VALUES (?, ?, ?)
             ON CONFLICT (code, student_id) DO UPDATE SET data = excluded.data`,
          ).run(code, studentId, JSON.stringify(result));
        }
        return { duplicate };
      })();
    },
  };
}

function removeClass(d: Database.Database, code: string) {
  for (const table of ["classes", "class_students", "class_results", "class_lms"]) {
    d.prepare(`DELETE FROM ${table} WHERE code = ?`).run(code);
  }
}
