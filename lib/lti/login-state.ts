import { sha256 } from "./lti-ids";
import { readOwnToken, signOwnToken } from "./own-token";

// The `state` of an LTI login (OIDC third-party initiated login, LTI Security 1.0 §5.1.1):
// a short-lived token we sign ourselves, so a launch needs no server-side session. It names
// the registration, the nonce we asked the platform to sign, and a hash of a secret the
// browser that started the login keeps (a cookie, or the LMS's postMessage storage inside
// a frame): a launch posted from any other browser does not match.

const PURPOSE = "lti-login-state";

/** Where the browser's secret also went: the LMS's frame storage (LTI postMessage storage). */
export type PlatformStorage = { target: string; origin: string };

export type LoginState = {
  issuer: string;
  clientId: string;
  nonce: string;
  binding: string;
  storage?: PlatformStorage;
};

export const signLoginState = (state: LoginState, secret: string, now: number) =>
  signOwnToken({ ...state }, PURPOSE, { secret, now, ttlSeconds: 10 * 60 });

/** The state we signed, unexpired, or undefined: forged, altered, expired or not ours. */
export async function readLoginState(
  token: string,
  secret: string,
  now: number,
): Promise<LoginState | undefined> {
  const payload = await readOwnToken(token, PURPOSE, secret, now);
  if (!payload) return undefined;
  const { issuer, clientId, nonce, binding, storage } = payload;
  const fields = [issuer, clientId, nonce, binding];
  if (!fields.every((f) => typeof f === "string" && f.length > 0)) return undefined;
  const kept = storage as Partial<PlatformStorage> | undefined;
  return {
    ...({ issuer, clientId, nonce, binding } as LoginState),
    ...(typeof kept?.target === "string" &&
      typeof kept.origin === "string" && { storage: { target: kept.target, origin: kept.origin } }),
  };
}

/** The key the browser's secret is kept under in the LMS's storage: one per login. */
export const storageKey = async (state: string) => `bq-login-${(await sha256(state)).slice(0, 32)}`;

/** SHA-256 of the browser's secret, as a login state carries it. */
export const bindingOf = (browserSecret: string) => sha256(browserSecret);
