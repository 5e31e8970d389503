import { z } from "zod";
import type { Platform } from "@/lib/env/lti-platforms";
import { bindingOf, signLoginState, type PlatformStorage } from "./login-state";
import { findPlatform } from "./platforms";

// The first step of an LTI launch: the LMS sends the browser to our login initiation URL
// (GET or POST, LTI Security 1.0 §5.1.1.1), and we send it back to the LMS's authorization
// endpoint with a nonce and a state of ours (§5.1.1.2). Only a registered platform is
// answered, and only for a target on this site, so the endpoint is no open redirect.

const params = z.object({
  iss: z.url(),
  login_hint: z.string().min(1),
  target_link_uri: z.url(),
  lti_message_hint: z.string().optional(),
  lti_deployment_id: z.string().optional(),
  client_id: z.string().optional(),
  /** A frame name ("_parent", or one the LMS names): letters, digits, - and _ only. */
  lti_storage_target: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .optional()
    // Any other value: as if none were offered (the cookie alone binds the login).
    .catch(undefined),
});

type LoginFailure = "login-params" | "unknown-platform" | "deployment" | "target";

export type LoginStart =
  | {
      ok: true;
      /** The platform's authorization endpoint, with our request in its query. */
      redirect: string;
      /** Kept by this browser (a cookie, or the LMS's frame storage), checked at launch. */
      browserSecret: string;
      /** Our state, as the redirect carries it. */
      state: string;
      /** The LMS's frame storage (LTI client-side postMessages), when it offers one. */
      storage?: PlatformStorage;
      platform: Platform;
    }
  | { ok: false; failure: LoginFailure };

export type LoginDeps = {
  platforms: readonly Platform[];
  secret: string;
  now: number;
  /** This site's origin: where launches come back (`/lti/launch`) and targets must point. */
  origin: string;
  /** A fresh unguessable value (crypto.randomUUID in production). */
  random: () => string;
};

const LAUNCH_PATH = "/lti/launch";

export async function startLogin(
  input: Record<string, string | undefined>,
  deps: LoginDeps,
): Promise<LoginStart> {
  const parsed = params.safeParse(input);
  if (!parsed.success) return { ok: false, failure: "login-params" };
  const p = parsed.data;
  const platform = findPlatform(deps.platforms, p.iss, p.client_id);
  if (!platform) return { ok: false, failure: "unknown-platform" };
  if (p.lti_deployment_id !== undefined && !platform.deploymentIds.includes(p.lti_deployment_id)) {
    return { ok: false, failure: "deployment" };
  }
  if (new URL(p.target_link_uri).origin !== deps.origin) return { ok: false, failure: "target" };

  const nonce = deps.random();
  const browserSecret = deps.random();
  // Messages to the LMS's storage go to its authorization endpoint's origin (the spec's).
  const storage = p.lti_storage_target
    ? { target: p.lti_storage_target, origin: new URL(platform.authLoginUrl).origin }
    : undefined;
  const state = await signLoginState(
    {
      issuer: platform.issuer,
      clientId: platform.clientId,
      nonce,
      binding: await bindingOf(browserSecret),
      ...(storage && { storage }),
    },
    deps.secret,
    deps.now,
  );
  const redirect = new URL(platform.authLoginUrl);
  const query = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: platform.clientId,
    redirect_uri: `${deps.origin}${LAUNCH_PATH}`,
    login_hint: p.login_hint,
    state,
    nonce,
    ...(p.lti_message_hint !== undefined && { lti_message_hint: p.lti_message_hint }),
  };
  for (const [name, value] of Object.entries(query)) redirect.searchParams.set(name, value);
  return {
    ok: true,
    redirect: redirect.toString(),
    browserSecret,
    platform,
    state,
    ...(storage && { storage }),
  };
}
