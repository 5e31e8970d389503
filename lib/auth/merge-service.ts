import "server-only";
import { cookies } from "next/headers";
import { getStore } from "@/lib/store";
import { ANON_COOKIE_NAME } from "@/lib/privacy/cookie-names";
import { anonymousSubject } from "./anonymous";

/**
 * Moves this browser's anonymous attempts to the signed-in user and forgets the anonymous id,
 * so it happens once per browser. Safe to repeat: the store's merge moves nothing the second
 * time, and if the store is down the cookie stays and the next write tries again.
 */
export async function mergeAnonymousInto(userId: string): Promise<void> {
  const anonymous = await anonymousSubject();
  if (!anonymous) return;
  await getStore().mergeSubjects(anonymous, userId);
  (await cookies()).delete(ANON_COOKIE_NAME);
}
