import type { Session } from "next-auth";

/**
 * Who is asking, as every feature service needs to know it. lib/services composes it from
 * Auth.js and the anonymous-id cookie (and merges a reader's anonymous data on sign-in);
 * features receive it and never read cookies or sessions themselves.
 */
export interface Identity {
  /** The signed-in session (Auth.js, JWT), or null for a reader who is not signed in. */
  session(): Promise<Session | null>;
  /** The signed-in user's id: a teacher's identity, for owner checks. */
  userId(): Promise<string | undefined>;
  /**
   * The signed-in user's id, else this browser's anonymous id, else undefined. A page that
   * has read the session already passes it in rather than decoding it again.
   */
  subject(session?: Session | null): Promise<string | undefined>;
  /** The subject for a write: the user (their anonymous data merged first), or a new anonymous id. */
  ensureSubject(): Promise<string>;
}
