import { jwtVerify, SignJWT } from "jose";

// A teacher choosing a briefing in the Deep Linking picker: what the platform's request said
// (where to send the answer, its opaque data, which registration and deployment), carried in
// the picker's form as a token we sign, so the picker needs no cookie inside the LMS's frame.

const AUDIENCE = "lti-picker";
const TTL_SECONDS = 30 * 60;

export type PickerSession = {
  issuer: string;
  clientId: string;
  deploymentId: string;
  returnUrl: string;
  data?: string;
};

const keyOf = (secret: string) => new TextEncoder().encode(`lti-picker:${secret}`);

export function signPickerSession(session: PickerSession, secret: string, now: number) {
  const seconds = Math.floor(now / 1000);
  return new SignJWT({ session })
    .setProtectedHeader({ alg: "HS256" })
    .setAudience(AUDIENCE)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + TTL_SECONDS)
    .sign(keyOf(secret));
}

/** The session if we signed it and it is unexpired (half an hour to choose). */
export async function readPickerSession(
  token: string,
  secret: string,
  now: number,
): Promise<PickerSession | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      audience: AUDIENCE,
      algorithms: ["HS256"],
      currentDate: new Date(now),
    });
    return payload.session as PickerSession;
  } catch {
    return undefined;
  }
}
