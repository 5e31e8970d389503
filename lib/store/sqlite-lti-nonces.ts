import "server-only";
import type Database from "better-sqlite3";
import type { LtiNoncePort } from "@/lib/lti/lti-nonce-port";

export const LTI_NONCE_SCHEMA = `
  CREATE TABLE IF NOT EXISTS lti_nonces (
    key        TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS lti_nonces_by_expiry ON lti_nonces (expires_at);
`;

// Expired nonces are swept every this many launches: the table stays small.
const SWEEP_EVERY = 200;

export function sqliteLtiNonceOps(open: () => Database.Database): LtiNoncePort {
  let uses = 0;
  return {
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
