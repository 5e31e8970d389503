import "server-only";
import type Database from "better-sqlite3";
import type { Platform } from "@/lib/env/lti-platforms";
import type { LtiPort } from "@/lib/lti/lti-port";
import { gradesFromRows, type GradeRow } from "./lti-grade-rows";
import { mergePlatform } from "@/lib/lti/platforms";

export const LTI_SCHEMA = `
  CREATE TABLE IF NOT EXISTS lti_nonces (
    key        TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS lti_nonces_by_expiry ON lti_nonces (expires_at);
  CREATE TABLE IF NOT EXISTS lti_links (
    key  TEXT PRIMARY KEY,
    code TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS lti_platforms (
    issuer    TEXT NOT NULL,
    client_id TEXT NOT NULL,
    data      TEXT NOT NULL,
    PRIMARY KEY (issuer, client_id)
  );
  -- A class's LMS grades: per student (field "target" or "sent"), and the class's "policy"
  -- under student id ''. Deleted with the class, the student's removal or their data.
  CREATE TABLE IF NOT EXISTS class_lms (
    code       TEXT NOT NULL,
    student_id TEXT NOT NULL,
    field      TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (code, student_id, field)
  );
`;

type Row = { student_id: string; field: GradeRow["field"]; value: string };

const gradesFrom = (rows: Row[]) =>
  gradesFromRows(
    rows.map(({ student_id: studentId, field, value }) => ({ studentId, field, value })),
  );

// Expired nonces are swept every this many launches: the table stays small.
const SWEEP_EVERY = 200;

export function sqliteLtiOps(open: () => Database.Database): LtiPort {
  let uses = 0;
  const codeOf = (d: Database.Database, key: string) =>
    (d.prepare("SELECT code FROM lti_links WHERE key = ?").get(key) as { code: string } | undefined)
      ?.code;
  // Only while the class exists: a class deleted meanwhile gets no row back.
  const set = (code: string, studentId: string, field: string, value: string) =>
    void open()
      .prepare(
        `INSERT INTO class_lms (code, student_id, field, value)
         SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM classes WHERE code = ?)
         ON CONFLICT (code, student_id, field) DO UPDATE SET value = excluded.value`,
      )
      .run(code, studentId, field, value, code);
  const rows = (code: string, studentId?: string) =>
    open()
      .prepare(
        `SELECT student_id, field, value FROM class_lms
         WHERE code = ? AND (? IS NULL OR student_id IN (?, ''))`,
      )
      .all(code, studentId ?? null, studentId ?? null) as Row[];
  return {
    async saveLtiPlatform(platform) {
      const d = open();
      d.transaction(() => {
        const row = d
          .prepare("SELECT data FROM lti_platforms WHERE issuer = ? AND client_id = ?")
          .get(platform.issuer, platform.clientId) as { data: string } | undefined;
        const merged = mergePlatform(row && (JSON.parse(row.data) as Platform), platform);
        d.prepare(
          `INSERT INTO lti_platforms (issuer, client_id, data) VALUES (?, ?, ?)
           ON CONFLICT (issuer, client_id) DO UPDATE SET data = excluded.data`,
        ).run(platform.issuer, platform.clientId, JSON.stringify(merged));
      })();
    },
    async listLtiPlatforms() {
      const rows = open().prepare("SELECT data FROM lti_platforms").all() as { data: string }[];
      return rows.map((row) => JSON.parse(row.data) as Platform);
    },
    async setGradeTarget(code, studentId, target) {
      set(code, studentId, "target", JSON.stringify(target));
    },
    async setGradeSent(code, studentId, sent) {
      set(code, studentId, "sent", JSON.stringify(sent));
    },
    async setGradePolicy(code, policy) {
      set(code, "", "policy", policy);
    },
    async classGrades(code) {
      return gradesFrom(rows(code));
    },
    async studentGrade(code, studentId) {
      const { policy, students } = gradesFrom(rows(code, studentId));
      return { policy, studentId, ...students[0] };
    },
    async ltiClassCode(key) {
      return codeOf(open(), key);
    },
    async claimLtiClass(key, code, stale) {
      const d = open();
      // One statement: a new link, or one still at the stale code, is pointed at the new one.
      d.prepare(
        `INSERT INTO lti_links (key, code) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET code = excluded.code WHERE lti_links.code = ?`,
      ).run(key, code, stale ?? null);
      return codeOf(d, key)!;
    },
    async useLtiNonce(key, expiresAt, now) {
      const d = open();
      // One statement: a new key, or one whose time is up, is (re)written; a live one is not.
      const written = d
        .prepare(
          `INSERT INTO lti_nonces (key, expires_at) VALUES (?, ?)
           ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at
           WHERE lti_nonces.expires_at <= ?`,
        )
        .run(key, expiresAt, now).changes;
      if (++uses % SWEEP_EVERY === 0) {
        d.prepare("DELETE FROM lti_nonces WHERE expires_at <= ?").run(now);
      }
      return written === 1;
    },
  };
}
