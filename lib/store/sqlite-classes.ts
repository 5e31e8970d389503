import "server-only";
import type Database from "better-sqlite3";
import { nicknameKey, withSuffix } from "@/lib/classes/nickname";
import {
  applyClassPatch,
  expiresAt,
  withAttempt,
  type ClassRecord,
  type ClassResult,
  type StudentRecord,
} from "@/lib/classes/types";
import type { ClassStore } from "./port";

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
): ClassStore {
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

    async joinClass(code, studentId, nickname, now) {
      const d = open();
      return d.transaction(() => {
        const existing = studentRow(d, code, studentId);
        if (existing) return existing;
        const taken = d.prepare("SELECT 1 FROM class_students WHERE code = ? AND nickname_key = ?");
        let n = 1;
        while (taken.get(code, nicknameKey(withSuffix(nickname, n)))) n++;
        const student: StudentRecord = {
          studentId,
          nickname: withSuffix(nickname, n),
          joinedAt: now,
        };
        d.prepare(
          "INSERT INTO class_students (code, student_id, nickname_key, data) VALUES (?, ?, ?, ?)",
        ).run(code, studentId, nicknameKey(student.nickname), JSON.stringify(student));
        return student;
      })();
    },

    async getStudent(code, studentId) {
      return studentRow(open(), code, studentId);
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

    async getClassRoster(code) {
      const d = open();
      const students = (
        d.prepare("SELECT data FROM class_students WHERE code = ?").all(code) as { data: string }[]
      ).map((r) => JSON.parse(r.data) as StudentRecord);
      const results = (
        d.prepare("SELECT data FROM class_results WHERE code = ?").all(code) as { data: string }[]
      ).map((r) => JSON.parse(r.data) as ClassResult);
      return { students, results };
    },
  };
}

function studentRow(d: Database.Database, code: string, studentId: string) {
  const row = d
    .prepare("SELECT data FROM class_students WHERE code = ? AND student_id = ?")
    .get(code, studentId) as { data: string } | undefined;
  return row && (JSON.parse(row.data) as StudentRecord);
}

function removeClass(d: Database.Database, code: string) {
  for (const table of ["classes", "class_students", "class_results"]) {
    d.prepare(`DELETE FROM ${table} WHERE code = ?`).run(code);
  }
}
