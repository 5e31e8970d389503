import "server-only";
import { forgetAnonymousSubject } from "@/lib/auth/anonymous.server";
import { ANON_COOKIE_NAME } from "@/lib/auth/cookie-names";
import type { Identity } from "@/lib/auth/identity";
import { clearSessionHint } from "@/lib/auth/session-hint.server";
import type { ClassesPort } from "@/lib/classes/classes-port";
import { browserMemberships, forgetBrowserMemberships } from "@/lib/classes/membership.server";
import type { Membership } from "@/lib/classes/types";
import { attemptRetentionDays, env } from "@/lib/env/env.server";
import { cookies } from "next/headers";
import { myDataDocument, type DataOwner } from "./my-data";
import type { SubjectsPort } from "./subjects-port";

// What is held about a subject across features, and the rights over it: an anonymous reader's
// data moving to their account on sign-in, "Your data" on /me (download, delete), and
// retention over everything. The subject is always the asker's own: no parameter names whose.

/**
 * Moves this browser's anonymous attempts and class links to the signed-in user and forgets
 * the anonymous id, so it happens once per browser. Safe to repeat: the store's merge moves
 * nothing the second time, and if the store is down the cookie stays and the next write tries
 * again. `anonymous` reads the browser's anonymous id.
 */
export function mergeService(
  subjects: Pick<SubjectsPort, "mergeSubjects">,
  anonymous: () => Promise<string | undefined>,
) {
  return async function mergeAnonymousInto(userId: string): Promise<void> {
    const from = await anonymous();
    if (!from) return;
    await subjects.mergeSubjects(from, userId);
    (await cookies()).delete(ANON_COOKIE_NAME);
  };
}

export function myDataService({
  subjects,
  classes,
  identity,
}: {
  subjects: SubjectsPort;
  classes: Pick<ClassesPort, "getClass" | "listClasses">;
  identity: Identity;
}) {
  return {
    /** Links the reader to the class they just joined, so deleting their data reaches it. */
    async linkClassMembership(membership: Membership, now: number): Promise<void> {
      await subjects.linkMembership(await identity.ensureSubject(), membership, now);
    },

    /** The class memberships linked to the asker (anonymous id or account), minting nothing. */
    async askerMemberships(now = Date.now()): Promise<Membership[]> {
      const subject = await identity.subject();
      return subject ? subjects.listMemberships(subject, now) : [];
    },

    /** The download: everything held about the asker, as a JSON-ready document. */
    async myData(now = Date.now()) {
      const session = await identity.session();
      const subject = await identity.subject(session);
      const extra = await browserMemberships();
      // With no id yet, only this browser's class cookies can name anything held.
      const held =
        subject || extra.length > 0
          ? await subjects.exportSubject(subject ?? "", extra, now)
          : { attempts: [], classes: [] };
      const titles = await Promise.all(
        held.classes.map(async ({ membership }) => {
          const klass = await classes.getClass(membership.code, now);
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
        attempts: held.attempts,
        classes: held.classes,
        classTitles: new Map(titles.flat()),
        taught: userId ? await classes.listClasses(userId, now) : [],
        retentionDays: attemptRetentionDays(),
        now,
      });
    },

    /**
     * Deletes everything held about the asker, in one atomic operation in the store, then
     * forgets this browser's ids (anonymous and class cookies). The caller signs a signed-in
     * reader out: their session cookie is the last thing that names them.
     */
    async deleteMyData(): Promise<{ attempts: number; classes: number }> {
      // ensureSubject first folds this browser's anonymous attempts into a signed-in account.
      const subject = await identity.ensureSubject();
      const removed = await subjects.deleteSubject(subject, await browserMemberships());
      await forgetAnonymousSubject();
      await forgetBrowserMemberships();
      await clearSessionHint();
      return removed;
    },
  };
}

/**
 * One retention run over everything stored (`npm run store:retention`): what is past
 * ATTEMPT_RETENTION_DAYS is deleted and, in KV, data from before retention existed is dated.
 * Returns the lines to print, naming the store it ran on.
 */
export async function applyRetentionNow(
  subjects: Pick<SubjectsPort, "applyRetention">,
  now = Date.now(),
): Promise<string[]> {
  const { removed, dated, claims } = await subjects.applyRetention(now);
  return [
    `[retention] ${env().kv ? "Vercel KV" : "embedded SQLite"}, ${attemptRetentionDays()} days after last activity`,
    `[retention] ${removed} subject(s) past it deleted; ${dated} subject(s) and ${claims} attempt claim(s) without an expiry given one`,
  ];
}
