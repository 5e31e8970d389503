import { jwtVerify, SignJWT, type JWTPayload } from "jose";

// The short-lived tokens only we read (a login's state, a launch ticket, a picker session):
// HS256 under a key made from the site's secret and the token's purpose, with the purpose
// as audience too, so one kind can never pass for another.

const keyOf = (purpose: string, secret: string) => new TextEncoder().encode(`${purpose}:${secret}`);

export function signOwnToken(
  claims: Record<string, unknown>,
  purpose: string,
  { secret, now, ttlSeconds, id }: { secret: string; now: number; ttlSeconds: number; id?: string },
) {
  const seconds = Math.floor(now / 1000);
  const token = new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setAudience(purpose)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + ttlSeconds);
  return (id === undefined ? token : token.setJti(id)).sign(keyOf(purpose, secret));
}

/** The token's claims if we signed it for this purpose and it is unexpired. */
export async function readOwnToken(
  token: string,
  purpose: string,
  secret: string,
  now: number,
): Promise<JWTPayload | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyOf(purpose, secret), {
      audience: purpose,
      algorithms: ["HS256"],
      currentDate: new Date(now),
    });
    return payload;
  } catch {
    return undefined;
  }
}
