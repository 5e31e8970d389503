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
