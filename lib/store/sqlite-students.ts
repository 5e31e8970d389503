import "server-only";
import type Database from "better-sqlite3";
import { nicknameKey, withSuffix } from "@/lib/classes/nickname.server";
import { liveRoster, type ClassResult, type StudentRecord } from "@/lib/classes/types";
import type { ClassesPort } from "@/lib/classes/classes-port";
import { parseData } from "./sqlite-subjects";

// A removed student keeps their row (so their browser sees "removed") but not their nickname:
// its key becomes this, which nicknameKey() can never produce (it trims leading spaces).
const removedKey = (studentId: string) => ` removed ${studentId}`;

type StudentOps = Pick<
  ClassesPort,
  | "joinClass"
  | "getStudent"
  | "removeStudent"
  | "restoreStudent"
  | "renameStudent"
  | "getClassRoster"
>;

/** A class's students on the embedded store: one row each, the nickname key unique in it. */
export function sqliteStudentOps(
  open: () => Database.Database,
  ownedBy: (code: string, ownerId: string) => boolean,
): StudentOps {
  const student = (d: Database.Database, code: string, studentId: string) =>
    parseData<StudentRecord>(
      d
        .prepare("SELECT data FROM class_students WHERE code = ? AND student_id = ?")
        .get(code, studentId),
    );
  const write = (d: Database.Database, code: string, key: string, record: StudentRecord) =>
    d
      .prepare(
        "UPDATE class_students SET nickname_key = ?, data = ? WHERE code = ? AND student_id = ?",
      )
      .run(key, JSON.stringify(record), code, record.studentId);

  /** The first n for which "nickname (n)" (1: the nickname itself) is free in the class. */
  const freeSuffix = (d: Database.Database, code: string, nickname: string) => {
    const taken = d.prepare("SELECT 1 FROM class_students WHERE code = ? AND nickname_key = ?");
    const key = nicknameKey(nickname);
    let n = 1;
    while (taken.get(code, withSuffix(key, n))) n++;
    return n;
  };

  return {
    async joinClass(code, studentId, nickname, now) {
      const d = open();
      return d.transaction(() => {
        const existing = student(d, code, studentId);
        if (existing) return existing;
        const n = freeSuffix(d, code, nickname);
        const record: StudentRecord = {
          studentId,
          nickname: withSuffix(nickname, n),
          joinedAt: now,
        };
        d.prepare(
          "INSERT INTO class_students (code, student_id, nickname_key, data) VALUES (?, ?, ?, ?)",
        ).run(code, studentId, withSuffix(nicknameKey(nickname), n), JSON.stringify(record));
        return record;
      })();
    },

    async getStudent(code, studentId) {
      return student(open(), code, studentId);
    },

    async removeStudent(code, ownerId, studentId, now) {
      const d = open();
      return d.transaction(() => {
        const existing = ownedBy(code, ownerId) ? student(d, code, studentId) : undefined;
        if (!existing) return false;
        if (!existing.removedAt) {
          write(d, code, removedKey(studentId), { ...existing, removedAt: now });
        }
        for (const table of ["class_results", "class_lms"]) {
          d.prepare(`DELETE FROM ${table} WHERE code = ? AND student_id = ?`).run(code, studentId);
        }
        return true;
      })();
    },

    async restoreStudent(code, ownerId, studentId) {
      const d = open();
      return d.transaction(() => {
        const existing = ownedBy(code, ownerId) ? student(d, code, studentId) : undefined;
        if (!existing?.removedAt) return undefined;
        const n = freeSuffix(d, code, existing.nickname);
        const restored: StudentRecord = {
          studentId,
          nickname: withSuffix(existing.nickname, n),
          joinedAt: existing.joinedAt,
        };
        write(d, code, withSuffix(nicknameKey(existing.nickname), n), restored);
        return restored;
      })();
    },

    async renameStudent(code, ownerId, studentId, nickname) {
      const d = open();
      return d.transaction(() => {
        const existing = ownedBy(code, ownerId) ? student(d, code, studentId) : undefined;
        if (!existing || existing.removedAt) return undefined;
        const key = nicknameKey(nickname);
        const holder = d
          .prepare("SELECT student_id FROM class_students WHERE code = ? AND nickname_key = ?")
          .get(code, key) as { student_id: string } | undefined;
        if (holder && holder.student_id !== studentId) return "taken" as const;
        const renamed = { ...existing, nickname };
        write(d, code, key, renamed);
        return renamed;
      })();
    },

    async getClassRoster(code) {
      const d = open();
      const all = (
        d.prepare("SELECT data FROM class_students WHERE code = ?").all(code) as { data: string }[]
      ).map((r) => JSON.parse(r.data) as StudentRecord);
      const results = (
        d.prepare("SELECT data FROM class_results WHERE code = ?").all(code) as { data: string }[]
      ).map((r) => JSON.parse(r.data) as ClassResult);
      return liveRoster(all, results);
    },
  };
}
