import "server-only";
import { nicknameKey } from "@/lib/classes/nickname.server";
import {
  expiresAt,
  liveRoster,
  type ClassRecord,
  type ClassResult,
  type StudentRecord,
} from "@/lib/classes/types";
import {
  CREATE,
  DELETE,
  JOIN,
  RECORD,
  REMOVE_STUDENT,
  RENAME_STUDENT,
  RESTORE_STUDENT,
  UPDATE,
} from "./kv-class-scripts";
import type { KvClient } from "./kv-client";
import { DAY_MS, type KvKeys } from "./kv-keys";
import type { ClassesPort } from "@/lib/classes/classes-port";

type Meta = { n: number; ids: string[] };

/** One results-hash field ("<meta>\n<latest>\n<best>", see RECORD) as the domain's result. */
export function parseResult(studentId: string, field: string): ClassResult {
  const [meta, latest, best] = field.split("\n") as [string, string, string];
  const { n, ids } = JSON.parse(meta) as Meta;
  return {
    studentId,
    attempts: n,
    attemptIds: ids,
    latest: JSON.parse(latest),
    best: JSON.parse(best),
  };
}

/** A class record is live until `retentionDays` after it closed. */
export function liveClass(record: ClassRecord, now: number, retentionDays: number): boolean {
  const end = expiresAt(record, retentionDays);
  return end === undefined || end > now;
}

export function kvClassOps(kv: KvClient, k: KvKeys, retentionDays: () => number): ClassesPort {
  const keys = k.class;
  const ownerKey = k.owner;
  const retentionMs = () => retentionDays() * DAY_MS;
  const live = (record: ClassRecord, now: number) => liveClass(record, now, retentionDays());
  const patchArg = (v: number | null | undefined) =>
    v === null ? "null" : v === undefined ? "" : String(v);

  return {
    async createClass(record) {
      const json = JSON.stringify(record);
      const end = expiresAt(record, retentionDays());
      const created = await kv.eval<string[], number>(
        CREATE,
        [keys(record.code)[0], ownerKey(record.ownerId)],
        [record.code, json, end === undefined ? "" : String(end)],
      );
      return created === 1;
    },

    async getClass(code, now) {
      const json = await kv.get<string>(keys(code)[0]);
      const record = json ? (JSON.parse(json) as ClassRecord) : undefined;
      return record && live(record, now) ? record : undefined;
    },

    async listClasses(ownerId, now) {
      const all = (((await kv.hvals(ownerKey(ownerId))) ?? []) as string[]).map(
        (json) => JSON.parse(json) as ClassRecord,
      );
      // The owner hash has no TTL of its own: a class whose keys Redis has expired (by its
      // clock) leaves its entry here, which goes now, so no title outlives its class for long.
      const gone = all.filter((record) => !live(record, Date.now())).map((r) => r.code);
      if (gone.length > 0) await kv.hdel(ownerKey(ownerId), ...gone);
      return all
        .filter((record) => live(record, now))
        .sort((a, b) => b.createdAt - a.createdAt || b.code.localeCompare(a.code));
    },

    async updateClass(code, ownerId, patch) {
      const json = await kv.eval<string[], string | null>(
        UPDATE,
        [...keys(code), ownerKey(ownerId)],
        [
          ownerId,
          patchArg(patch.closedAt),
          patchArg(patch.closesAt),
          patchArg(patch.revealedAt),
          patchArg(patch.joinsClosedAt),
          String(retentionMs()),
        ],
      );
      return json ? (JSON.parse(json) as ClassRecord) : undefined;
    },

    async deleteClass(code, ownerId) {
      const deleted = await kv.eval<string[], number>(
        DELETE,
        [...keys(code), ownerKey(ownerId)],
        [ownerId, code],
      );
      return deleted === 1;
    },

    async removeStudent(code, ownerId, studentId, now) {
      const removed = await kv.eval<string[], number>(
        REMOVE_STUDENT,
        [...keys(code)],
        [ownerId, studentId, String(now)],
      );
      return removed === 1;
    },

    async restoreStudent(code, ownerId, studentId) {
      const [classKey, students, nicknames] = keys(code);
      const stored = await kv.hget<string>(students, studentId);
      if (!stored) return undefined;
      const { nickname } = JSON.parse(stored) as StudentRecord;
      const json = await kv.eval<string[], string | null>(
        RESTORE_STUDENT,
        [classKey, students, nicknames],
        [ownerId, studentId, nicknameKey(nickname)],
      );
      return json ? (JSON.parse(json) as StudentRecord) : undefined;
    },

    async renameStudent(code, ownerId, studentId, nickname) {
      const [classKey, students, nicknames] = keys(code);
      const json = await kv.eval<string[], string | null>(
        RENAME_STUDENT,
        [classKey, students, nicknames],
        [ownerId, studentId, nickname, nicknameKey(nickname)],
      );
      if (json === "taken") return "taken";
      return json ? (JSON.parse(json) as StudentRecord) : undefined;
    },

    async joinClass(code, studentId, nickname, now) {
      const [classKey, students, nicknames] = keys(code);
      const json = await kv.eval<string[], string | null>(
        JOIN,
        [classKey, students, nicknames],
        [studentId, nickname, nicknameKey(nickname), String(now)],
      );
      if (!json) throw new Error(`class ${code} does not exist`);
      return JSON.parse(json) as StudentRecord;
    },

    async getStudent(code, studentId) {
      const json = await kv.hget<string>(keys(code)[1], studentId);
      return json ? (JSON.parse(json) as StudentRecord) : undefined;
    },

    async recordClassAttempt(code, studentId, attempt) {
      const [classKey, , , results] = keys(code);
      const share = attempt.maxScore ? attempt.score / attempt.maxScore : 0;
      const duplicate = await kv.eval<string[], number>(
        RECORD,
        [classKey, results],
        [
          studentId,
          attempt.attemptId,
          String(attempt.createdAt),
          String(share),
          JSON.stringify(attempt),
        ],
      );
      return { duplicate: duplicate === 1 };
    },

    async getClassRoster(code) {
      const [, studentsKey, , resultsKey] = keys(code);
      const [studentJson, resultFlat] = (await kv
        .pipeline()
        .hvals(studentsKey)
        .hgetall(resultsKey)
        .exec()) as [string[] | null, string[] | null];
      const students = (studentJson ?? []).map((json) => JSON.parse(json) as StudentRecord);
      const results: ClassResult[] = [];
      const flat = resultFlat ?? [];
      for (let i = 0; i < flat.length; i += 2) results.push(parseResult(flat[i]!, flat[i + 1]!));
      return liveRoster(students, results);
    },
  };
}
