// A stand-in LMS for LTI tests: its own RSA keys (with `kid`s), its JWKS, and launches
// signed as a platform signs them, each claim overridable so a test can break exactly one.
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import type { Platform } from "@/lib/env/lti-platforms";
import { CLAIM } from "@/lib/lti/claims";

export const PLATFORM: Platform = {
  issuer: "https://lms.example",
  clientId: "briefing-quiz-client",
  deploymentIds: ["deployment-1"],
  authLoginUrl: "https://lms.example/auth",
  authTokenUrl: "https://lms.example/token",
  jwksUrl: "https://lms.example/jwks",
};

type Key = { kid: string; privateKey: CryptoKey; jwk: JWK };

async function newKey(kid: string): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  return {
    kid,
    privateKey,
    jwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" },
  };
}

export async function testPlatform(platform: Platform = PLATFORM) {
  const published = [await newKey("platform-key-1")];
  const unpublished = await newKey("platform-key-unpublished");
  const jwks = () => ({ keys: published.map((k) => k.jwk) });

  /** The claims of a learner's resource link launch, as a platform sends them. */
  const learnerLaunch = (nonce: string): Record<string, unknown> => ({
    nonce,
    sub: "lms-user-42",
    given_name: "Ada",
    email: "ada@school.example",
    [CLAIM.messageType]: "LtiResourceLinkRequest",
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: platform.deploymentIds[0],
    [CLAIM.targetLinkUri]: "https://quiz.example/lti/launch",
    [CLAIM.resourceLink]: { id: "resource-link-7", title: "Briefing quiz" },
    [CLAIM.roles]: ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
    [CLAIM.context]: { id: "course-3", title: "Civics 10B" },
  });

  return {
    platform,
    /** The keys jose verifies against, as createRemoteJWKSet would serve them. */
    keys: () => createLocalJWKSet(jwks()),
    jwks,
    learnerLaunch,
    async sign(
      claims: Record<string, unknown>,
      {
        now,
        key = "published",
        aud = platform.clientId,
        iss = platform.issuer,
        lifetimeSeconds = 300,
      }: {
        now: number;
        key?: "published" | "unpublished";
        aud?: string | string[];
        iss?: string;
        lifetimeSeconds?: number;
      },
    ) {
      const signer = key === "published" ? published[0]! : unpublished;
      const seconds = Math.floor(now / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: signer.kid, typ: "JWT" })
        .setIssuer(iss)
        .setAudience(aud)
        .setIssuedAt(seconds)
        .setExpirationTime(seconds + lifetimeSeconds)
        .sign(signer.privateKey);
    },
    /** Starts publishing the key it signed "unpublished" launches with (a rotation). */
    publishNewKey: () => published.push(unpublished),
  };
}
