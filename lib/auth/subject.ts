import "server-only";
import { auth } from "@/auth";
import { anonymousSubject, ensureAnonymousSubject } from "./anonymous";
import { mergeAnonymousInto } from "./merge";

/**
 * Who is asking: the signed-in user's id, else this browser's anonymous id, else undefined.
 * Read where the data is read (pages, actions); a forged or expired session is simply no one.
 */
export async function currentSubject(): Promise<string | undefined> {
  const session = await auth();
  return session?.user?.id ?? (await anonymousSubject());
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
