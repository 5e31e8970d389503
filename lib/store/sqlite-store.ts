import "server-only";
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { CLASS_SCHEMA, sqliteClassOps } from "./sqlite-classes";
import { RATE_LIMIT_SCHEMA, sqliteRateLimitOps } from "./sqlite-rate-limits";
import { classRetentionDays } from "@/lib/classes/retention";
import type { AttemptRecord, RecordResult } from "@/lib/quiz/attempt";
import type { Store } from "./port";

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

type Row = { attempt_id: string; subject_id: string; data: string };

/**
 * The embedded default: one SQLite file, opened on first use (never at import, or `next build`
 * would create it), WAL so readers never block the writer.
 */
export function createSqliteStore(
  file: string,
  retentionDays: () => number = classRetentionDays,
): Store {
  let db: Database.Database | undefined;
  const open = () => {
    if (!db) {
      mkdirSync(path.dirname(file), { recursive: true });
      db = new Database(file);
      db.pragma("journal_mode = WAL");
      db.pragma("busy_timeout = 5000");
      db.exec(SCHEMA);
      db.exec(CLASS_SCHEMA);
      db.exec(RATE_LIMIT_SCHEMA);
    }
    return db;
  };
  const toRecord = (row: Row): AttemptRecord => ({
    ...(JSON.parse(row.data) as AttemptRecord),
    attemptId: row.attempt_id,
    subjectId: row.subject_id,
  });

  return {
    ...sqliteClassOps(open, retentionDays),
    ...sqliteRateLimitOps(open),

    async recordAttempt(attempt): Promise<RecordResult> {
      const d = open();
      const inserted = d
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
        );
      if (inserted.changes === 1) return { status: "created", attempt };
      const row = d
        .prepare("SELECT * FROM attempts WHERE attempt_id = ?")
        .get(attempt.attemptId) as Row;
      const existing = toRecord(row);
      return existing.subjectId === attempt.subjectId
        ? { status: "duplicate", attempt: existing }
        : { status: "conflict" };
    },

    async getAttempt(subjectId, attemptId) {
      const row = open()
        .prepare("SELECT * FROM attempts WHERE attempt_id = ? AND subject_id = ?")
        .get(attemptId, subjectId) as Row | undefined;
      return row && toRecord(row);
    },

    async listAttempts(subjectId, slug) {
      const rows = (
        slug === undefined
          ? open()
              .prepare(
                "SELECT * FROM attempts WHERE subject_id = ? ORDER BY created_at DESC, rowid DESC",
              )
              .all(subjectId)
          : open()
              .prepare(
                "SELECT * FROM attempts WHERE subject_id = ? AND slug = ? ORDER BY created_at DESC, rowid DESC",
              )
              .all(subjectId, slug)
      ) as Row[];
      return rows.map(toRecord);
    },

    async mergeSubjects(from, into) {
      if (from === into) return { moved: 0 };
      const result = open()
        .prepare("UPDATE attempts SET subject_id = ? WHERE subject_id = ?")
        .run(into, from);
      return { moved: result.changes };
    },

    async close() {
      db?.close();
      db = undefined;
    },
  };
}
