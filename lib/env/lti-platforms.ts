import { z } from "zod";

// The LMSs (platforms, in LTI's words) this site trusts, as the LTI_PLATFORMS environment
// variable lists them: a JSON array, one entry per registration. Each names the issuer and
// the client id the LMS gave us, the deployments we accept, and the LMS's three endpoints:
// where to send the login, where to ask for grade tokens, where its public keys are.

const url = z.url({ protocol: /^https?$/ });

const platformSchema = z.object({
  /** The `iss` of its tokens, exactly as the LMS sends it. */
  issuer: url,
  /** Our client id at that LMS: its tokens' `aud` (or one of them, with `azp` naming it). */
  clientId: z.string().min(1),
  /** The deployments (tool installations) of ours at that LMS that may launch. */
  deploymentIds: z.array(z.string().min(1)).min(1),
  /** OIDC authorization endpoint: where a login goes after initiation. */
  authLoginUrl: url,
  /** OAuth 2 token endpoint, for Assignment and Grade Services. */
  authTokenUrl: url,
  /** The LMS's public keys (JWKS). */
  jwksUrl: url,
  /**
   * The origins whose pages show the LMS (where it frames us), when not its issuer's or its
   * login endpoint's: a school's own Canvas domain, say.
   */
  frameOrigins: z.array(url).optional(),
  /** How teachers call it on our pages ("Moodle at Northfield"). */
  name: z.string().min(1).optional(),
});

export type Platform = z.infer<typeof platformSchema>;

export const platformsSchema = z
  .array(platformSchema)
  .refine(
    (list) => new Set(list.map((p) => `${p.issuer}\u0000${p.clientId}`)).size === list.length,
    "each issuer and client id pair once",
  );

/** Every origin a registered LMS may frame the LTI pages from. */
export function ltiFrameOrigins(platforms: readonly Platform[]): string[] {
  const origins = platforms.flatMap(
    (p) => p.frameOrigins ?? [new URL(p.issuer).origin, new URL(p.authLoginUrl).origin],
  );
  return [...new Set(origins.map((o) => new URL(o).origin))];
}
