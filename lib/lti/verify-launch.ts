import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { Platform } from "@/lib/env/lti-platforms";
import { CLAIM, deepLinkingClaims, MESSAGE_TYPES, resourceLinkClaims } from "./claims";
import type { LtiPort } from "./lti-port";
import { bindingOf, readLoginState } from "./login-state";
import { findPlatform } from "./platforms";

// An LTI 1.3 launch checked as LTI Security 1.0 §5.1.3 and LTI Core 1.3 §5 require, in
// that order: our own state first (bound to this browser), then the platform's signature
// (its JWKS, by `kid`), `iss`, `aud` and `azp`, `exp` and `iat` with a minute's leeway, the
// nonce we asked for (used once), a registered deployment, the message type and version,
// and the claims we need. Each failure is named, for a page that says it in plain words;
// nothing is stored unless every check passed (the nonce is the last thing recorded).

const LEEWAY_SECONDS = 60;
/** How long a used nonce is remembered at least (and always past its token's expiry). */
const NONCE_MEMORY_MS = 60 * 60 * 1000;

export type LaunchFailure =
  | "state"
  | "unknown-platform"
  | "unreadable"
  | "unknown-key"
  | "signature"
  | "issuer"
  | "audience"
  | "expired"
  | "issued-in-future"
  | "nonce"
  | "replayed"
  | "deployment"
  | "message-type"
  | "version"
  | "claims";

type VerifiedLaunch =
  | {
      kind: "LtiResourceLinkRequest";
      platform: Platform;
      claims: ReturnType<typeof resourceLinkClaims.parse>;
    }
  | {
      kind: "LtiDeepLinkingRequest";
      platform: Platform;
      claims: ReturnType<typeof deepLinkingClaims.parse>;
    };

export type LaunchResult =
  { ok: true; launch: VerifiedLaunch } | { ok: false; failure: LaunchFailure; detail?: string };

export type LaunchDeps = {
  platforms: readonly Platform[];
  /** The platform's public keys (lib/lti/platform-keys.ts fetches and caches them). */
  keysOf: (platform: Platform) => JWTVerifyGetKey;
  nonces: Pick<LtiPort, "useLtiNonce">;
  /** The secret our login states are signed with. */
  secret: string;
  now: number;
};

const fail = (failure: LaunchFailure, detail?: string): LaunchResult => ({
  ok: false,
  failure,
  ...(detail && { detail }),
});

/** jose's refusals, as the failure a person can act on. */
function failureOf(error: unknown): LaunchFailure {
  if (error instanceof errors.JWKSNoMatchingKey) return "unknown-key";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "signature";
  if (error instanceof errors.JWTExpired) return "expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return "issuer";
    if (error.claim === "aud") return "audience";
    if (error.claim === "iat" || error.claim === "nbf") return "issued-in-future";
    return "claims";
  }
  return "unreadable";
}

/** `azp` must name us when present, and be present when the token is for several parties. */
function authorizedPartyOk(payload: JWTPayload, clientId: string): boolean {
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (payload.azp !== undefined) return payload.azp === clientId;
  return audiences.length === 1;
}

export async function verifyLaunch(
  input: { idToken: string; state: string; browserSecret: string | undefined },
  deps: LaunchDeps,
): Promise<LaunchResult> {
  const state = await readLoginState(input.state, deps.secret, deps.now);
  if (!state || !input.browserSecret) return fail("state");
  if ((await bindingOf(input.browserSecret)) !== state.binding) return fail("state");
  const platform = findPlatform(deps.platforms, state.issuer, state.clientId);
  if (!platform) return fail("unknown-platform");

  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(input.idToken, deps.keysOf(platform), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ["RS256"],
      requiredClaims: ["iat", "exp", "nonce", "sub"],
      clockTolerance: LEEWAY_SECONDS,
      currentDate: new Date(deps.now),
    }));
  } catch (error) {
    return fail(failureOf(error), error instanceof Error ? error.message : undefined);
  }
  if (!authorizedPartyOk(payload, platform.clientId)) return fail("audience", "azp");
  if ((payload.iat ?? 0) > deps.now / 1000 + LEEWAY_SECONDS) return fail("issued-in-future");
  if (payload.nonce !== state.nonce) return fail("nonce");

  const deployment = payload[CLAIM.deploymentId];
  if (typeof deployment !== "string" || !platform.deploymentIds.includes(deployment)) {
    return fail("deployment");
  }
  const messageType = payload[CLAIM.messageType];
  if (!MESSAGE_TYPES.includes(messageType as (typeof MESSAGE_TYPES)[number])) {
    return fail("message-type", String(messageType));
  }
  if (payload[CLAIM.version] !== "1.3.0") return fail("version", String(payload[CLAIM.version]));
  const schema = messageType === "LtiResourceLinkRequest" ? resourceLinkClaims : deepLinkingClaims;
  const claims = schema.safeParse(payload);
  if (!claims.success) {
    return fail("claims", claims.error.issues.map((i) => i.path.join(".")).join(", "));
  }

  const expires = Math.max(deps.now + NONCE_MEMORY_MS, (payload.exp! + LEEWAY_SECONDS) * 1000);
  const used = await deps.nonces.useLtiNonce(
    `${platform.issuer}\u0000${state.nonce}`,
    expires,
    deps.now,
  );
  if (!used) return fail("replayed");
  return {
    ok: true,
    launch: { kind: messageType, platform, claims: claims.data } as VerifiedLaunch,
  };
}
