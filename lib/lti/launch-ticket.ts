import { jwtVerify, SignJWT } from "jose";
import type { Lang } from "@/lib/i18n/lang";

// Where a verified launch lands, carried for a minute in a token we sign: from the launch to
// a new tab (an LMS frame whose cookies the browser blocks), or to the instructor sign-in. A
// ticket works once: its id is spent through the same store as platform nonces.

const AUDIENCE = "lti-ticket";
const TTL_SECONDS = 120;

export type Ticket =
  | { kind: "learner"; code: string; studentId: string; lang: Lang }
  | { kind: "instructor"; code: string; ownerId: string; name: string };

const keyOf = (secret: string) => new TextEncoder().encode(`lti-ticket:${secret}`);

export function signTicket(ticket: Ticket, secret: string, now: number, id: string) {
  const seconds = Math.floor(now / 1000);
  return new SignJWT({ ticket })
    .setProtectedHeader({ alg: "HS256" })
    .setAudience(AUDIENCE)
    .setJti(id)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + TTL_SECONDS)
    .sign(keyOf(secret));
}

async function readTicket(token: string, secret: string, now: number) {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      audience: AUDIENCE,
      algorithms: ["HS256"],
      currentDate: new Date(now),
      requiredClaims: ["jti", "exp"],
    });
    return { ticket: payload.ticket as Ticket, id: payload.jti!, expiresAt: payload.exp! * 1000 };
  } catch {
    return undefined;
  }
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
