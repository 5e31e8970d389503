import "server-only";
import type { Session } from "next-auth";
import { auth } from "./auth-js";
import { anonymousSubject, ensureAnonymousSubject } from "./anonymous";
import { mergeAnonymousInto } from "./merge-service";

/** The signed-in session (Auth.js, JWT), or null for a reader who is not signed in. */
export function currentSession(): Promise<Session | null> {
  return auth();
}

/** The signed-in user's id: a teacher's identity, for the class services' owner checks. */
export async function signedInUserId(): Promise<string | undefined> {
  return (await auth())?.user?.id;
}

/**
 * Who is asking: the signed-in user's id, else this browser's anonymous id, else undefined.
 * Read where the data is read (pages, actions); a forged or expired session is simply no one.
 * A page that has already read the session passes it in rather than decoding it again.
 */
export async function currentSubject(session?: Session | null): Promise<string | undefined> {
  const known = session === undefined ? await auth() : session;
  return known?.user?.id ?? (await anonymousSubject());
}

/**
 * The subject for a write. Signed in: the user (finishing a merge that sign-in could not,
 * e.g. with the store down). Otherwise the anonymous id, minted on first write.
 */
export async function ensureSubject(): Promise<string> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return ensureAnonymousSubject();
  await mergeAnonymousInto(userId);
  return userId;
}
