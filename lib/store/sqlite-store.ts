import "server-only";
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { CLASS_SCHEMA, sqliteClassOps } from "./sqlite-classes";
import { LTI_SCHEMA, sqliteLtiOps } from "./sqlite-lti";
import { RATE_LIMIT_SCHEMA, sqliteRateLimitOps } from "./sqlite-rate-limits";
import { SUBJECT_SCHEMA, sqliteSubjectOps, subjectRetention } from "./sqlite-subjects";
import { classRetentionDays } from "@/lib/env/env.server";
import type { AttemptRecord, RecordResult } from "@/lib/quiz/attempt";
import { attemptRetentionDays } from "@/lib/env/env.server";
import type { SubjectsPort } from "@/lib/privacy/subjects-port";
import type { AttemptsPort } from "@/lib/quiz/attempts-port";
import type { Store } from "@/lib/store/store";

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS attempts (
    attempt_id TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL,
    slug       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    score      REAL NOT NULL,
    max_score  REAL NOT NULL,
    data       TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS attempts_by_subject ON attempts (subject_id, slug, created_at);
`;

const DAY_MS = 24 * 60 * 60 * 1000;

type Row = { attempt_id: string; subject_id: string; data: string };

export type SqliteStoreOptions = {
  /** Days class data is kept after the class closes. */
  classRetentionDays?: () => number;
  /** Days a subject's attempts and class links are kept after its last activity. */
  attemptRetentionDays?: () => number;
};

/**
 * The embedded default: one SQLite file, opened on first use (never at import, or `next build`
 * would create it), WAL so readers never block the writer.
 */
export function createSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const { classRetentionDays: classDays = classRetentionDays } = options;
  const attemptDays = options.attemptRetentionDays ?? attemptRetentionDays;
  let db: Database.Database | undefined;
  const open = () => {
    if (!db) {
      mkdirSync(path.dirname(file), { recursive: true });
      db = new Database(file);
      db.pragma("journal_mode = WAL");
      db.pragma("busy_timeout = 5000");
      for (const schema of [SCHEMA, SUBJECT_SCHEMA, CLASS_SCHEMA, RATE_LIMIT_SCHEMA, LTI_SCHEMA]) {
        db.exec(schema);
      }
      retention.sweep(db, Date.now());
    }
    return db;
  };
  const retention = subjectRetention(open, () => attemptDays() * DAY_MS);
  const toRecord = (row: Row): AttemptRecord => ({
    ...(JSON.parse(row.data) as AttemptRecord),
    attemptId: row.attempt_id,
    subjectId: row.subject_id,
  });

  // Merging moves attempts and links together, so it lives with the attempts.
  const attempts: AttemptsPort & Pick<SubjectsPort, "mergeSubjects"> = {
    async recordAttempt(attempt): Promise<RecordResult> {
      const d = open();
      const inserted = d.transaction(() => {
        retention.beforeWrite(d, attempt.subjectId);
        return d
          .prepare(
            `INSERT INTO attempts (attempt_id, subject_id, slug, created_at, score, max_score, data)
             VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id) DO NOTHING`,
          )
          .run(
            attempt.attemptId,
            attempt.subjectId,
            attempt.slug,
            attempt.createdAt,
            attempt.score,
            attempt.maxScore,
            JSON.stringify(attempt),
          ).changes;
      })();
      if (inserted === 1) return { status: "created", attempt };
      const row = d
        .prepare("SELECT * FROM attempts WHERE attempt_id = ?")
        .get(attempt.attemptId) as Row;
      const existing = toRecord(row);
      return existing.subjectId === attempt.subjectId
        ? { status: "duplicate", attempt: existing }
        : { status: "conflict" };
    },

    async getAttempt(subjectId, attemptId, now = Date.now()) {
      if (!retention.live(subjectId, now)) return undefined;
      const row = open()
        .prepare("SELECT * FROM attempts WHERE attempt_id = ? AND subject_id = ?")
        .get(attemptId, subjectId) as Row | undefined;
      return row && toRecord(row);
    },

    async listAttempts(subjectId, slug, now = Date.now()) {
      if (!retention.live(subjectId, now)) return [];
      const rows = open()
        .prepare(
          `SELECT * FROM attempts WHERE subject_id = @subjectId AND (@slug IS NULL OR slug = @slug)
           ORDER BY created_at DESC, rowid DESC`,
        )
        .all({ subjectId, slug: slug ?? null }) as Row[];
      return rows.map(toRecord);
    },

    async mergeSubjects(from, into) {
      if (from === into) return { moved: 0 };
      const d = open();
      return d.transaction(() => {
        retention.beforeWrite(d, from, into);
        const attempts = d
          .prepare("UPDATE attempts SET subject_id = ? WHERE subject_id = ?")
          .run(into, from).changes;
        // Every link moves (they are per class and student); a repeat keeps the later time.
        d.prepare(
          `INSERT INTO memberships (subject_id, code, student_id, linked_at)
           SELECT ?, code, student_id, linked_at FROM memberships WHERE subject_id = ?
           ON CONFLICT (subject_id, code, student_id)
             DO UPDATE SET linked_at = max(linked_at, excluded.linked_at)`,
        ).run(into, from);
        const links = d.prepare("DELETE FROM memberships WHERE subject_id = ?").run(from).changes;
        return { moved: attempts + links };
      })();
    },
  };

  return {
    ...sqliteClassOps(open, classDays),
    ...sqliteSubjectOps(open, retention, attempts.listAttempts),
    ...sqliteRateLimitOps(open),
    ...sqliteLtiOps(open),
    ...attempts,

    async close() {
      db?.close();
      db = undefined;
    },
  };
}
