import "server-only";
import type Database from "better-sqlite3";
import type { LtiPort } from "@/lib/lti/lti-port";

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
`;

// Expired nonces are swept every this many launches: the table stays small.
const SWEEP_EVERY = 200;

export function sqliteLtiOps(open: () => Database.Database): LtiPort {
  let uses = 0;
  const codeOf = (d: Database.Database, key: string) =>
    (d.prepare("SELECT code FROM lti_links WHERE key = ?").get(key) as { code: string } | undefined)
      ?.code;
  return {
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
