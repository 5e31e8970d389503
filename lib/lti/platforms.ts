import type { Platform } from "@/lib/env/lti-platforms";

/**
 * The registration a login or launch belongs to: by issuer, and by client id when the LMS
 * says it (an issuer may have registered us more than once). Without a client id, only an
 * issuer with a single registration is unambiguous.
 */
export function findPlatform(
  platforms: readonly Platform[],
  issuer: string,
  clientId?: string,
): Platform | undefined {
  const ofIssuer = platforms.filter((p) => p.issuer === issuer);
  if (clientId !== undefined) return ofIssuer.find((p) => p.clientId === clientId);
  return ofIssuer.length === 1 ? ofIssuer[0] : undefined;
}

/** One registration's key: its issuer and our client id there. */
export const platformField = (p: Pick<Platform, "issuer" | "clientId">) =>
  `${p.issuer}\u0000${p.clientId}`;

/** A registration made again: its new endpoints, and every deployment of both. */
export function mergePlatform(stored: Platform | undefined, next: Platform): Platform {
  if (!stored) return next;
  return { ...next, deploymentIds: [...new Set([...stored.deploymentIds, ...next.deploymentIds])] };
}

/** The LMSs configured in the environment, then those that registered themselves. */
export function allPlatforms(configured: readonly Platform[], registered: readonly Platform[]) {
  const known = new Set(configured.map(platformField));
  return [...configured, ...registered.filter((p) => !known.has(platformField(p)))];
}
