import type { Lang } from "@/lib/i18n/lang";
import { readOwnToken, signOwnToken } from "./own-token";

// Where a verified launch lands, carried for two minutes in a token we sign: from the launch to
// a new tab (an LMS frame whose cookies the browser blocks), or to the instructor sign-in. A
// ticket works once: its id is spent through the same store as platform nonces.

const PURPOSE = "lti-ticket";

export type Ticket =
  | { kind: "learner"; code: string; studentId: string; lang: Lang }
  | { kind: "instructor"; code: string; ownerId: string; name: string };

export const signTicket = (ticket: Ticket, secret: string, now: number, id: string) =>
  signOwnToken({ ticket }, PURPOSE, { secret, now, ttlSeconds: 120, id });

async function readTicket(token: string, secret: string, now: number) {
  const payload = await readOwnToken(token, PURPOSE, secret, now);
  if (!payload?.jti || !payload.exp) return undefined;
  return { ticket: payload.ticket as Ticket, id: payload.jti, expiresAt: payload.exp * 1000 };
}

/** The ticket if it is ours and unexpired, without spending it (to see where it goes). */
export async function verifyTicket(token: string, secret: string, now: number) {
  return (await readTicket(token, secret, now))?.ticket;
}

/** The ticket, the first time it is shown unexpired; undefined after, or when not ours. */
export async function spendTicket(
  token: string,
  secret: string,
  now: number,
  spendOnce: (id: string, expiresAt: number) => Promise<boolean>,
): Promise<Ticket | undefined> {
  const read = await readTicket(token, secret, now);
  if (!read || !(await spendOnce(read.id, read.expiresAt))) return undefined;
  return read.ticket;
}
