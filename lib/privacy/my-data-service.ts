import "server-only";
import { forgetAnonymousSubject } from "@/lib/auth/anonymous";
import { clearSessionHint } from "@/lib/auth/session-hint";
import { currentSession, currentSubject, ensureSubject } from "@/lib/auth/subject-service";
import { browserMemberships, forgetBrowserMemberships } from "@/lib/classes/membership";
import type { Membership } from "@/lib/classes/types";
import { attemptRetentionDays } from "@/lib/quiz/retention";
import { getStore } from "@/lib/store";
import { myDataDocument, type DataOwner } from "./my-data";

// "Your data" on /me: what we hold about this reader (this browser's anonymous id, or the
// signed-in account, plus the classes this browser joined), to download or to delete. The
// subject is always the asker's own: there is no parameter naming whose data.

/** Links the reader to the class they just joined, so deleting their data reaches it. */
export async function linkClassMembership(membership: Membership, now: number): Promise<void> {
  await getStore().linkMembership(await ensureSubject(), membership, now);
}

/** The download: everything held about the asker, as a JSON-ready document. */
export async function myData(now = Date.now()) {
  const session = await currentSession();
  const subject = await currentSubject(session);
  const extra = await browserMemberships();
  const store = getStore();
  // With no id yet, only this browser's class cookies can name anything held.
  const { attempts, classes } =
    subject || extra.length > 0
      ? await store.exportSubject(subject ?? "", extra, now)
      : { attempts: [], classes: [] };
  const titles = await Promise.all(
    classes.map(async ({ membership }) => {
      const klass = await store.getClass(membership.code, now);
      return klass ? [[membership.code, klass.title] as const] : [];
    }),
  );
  const userId = session?.user?.id;
  const owner: DataOwner = userId
    ? { kind: "account", id: userId, name: session.user.name ?? null }
    : subject
      ? { kind: "anonymous", id: subject }
      : { kind: "none" };
  return myDataDocument({
    owner,
    attempts,
    classes,
    classTitles: new Map(titles.flat()),
    taught: userId ? await store.listClasses(userId, now) : [],
    retentionDays: attemptRetentionDays(),
    now,
  });
}

/**
 * Deletes everything held about the asker, in one atomic operation in the store, then
 * forgets this browser's ids (anonymous and class cookies). The caller signs a signed-in
 * reader out: their session cookie is the last thing that names them.
 */
export async function deleteMyData(): Promise<{ attempts: number; classes: number }> {
  // ensureSubject first folds this browser's anonymous attempts into a signed-in account.
  const subject = await ensureSubject();
  const removed = await getStore().deleteSubject(subject, await browserMemberships());
  await forgetAnonymousSubject();
  await forgetBrowserMemberships();
  await clearSessionHint();
  return removed;
}
