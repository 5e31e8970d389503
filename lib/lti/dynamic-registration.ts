import { z } from "zod";
import type { Platform } from "@/lib/env/lti-platforms";
import { SCORE_SCOPE } from "./claims";

// LTI Dynamic Registration 1.0 (1EdTech): an LMS admin pastes our registration URL, the LMS
// opens it with `openid_configuration` (where its configuration is) and, usually, a one-time
// `registration_token`. We read its configuration, check it names itself (the issuer on the
// configuration's own host), send it our configuration as an OpenID Connect client
// registration, and keep what it answers (our client id, its deployment) as a platform.

const url = z.url({ protocol: /^https?$/ });
const PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
const TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
const TIMEOUT_MS = 10_000;

const openIdConfiguration = z.object({
  issuer: url,
  authorization_endpoint: url,
  token_endpoint: url,
  jwks_uri: url,
  registration_endpoint: url,
  [PLATFORM_CONFIGURATION]: z.object({ product_family_code: z.string().min(1).max(100) }),
});

const registrationAnswer = z.object({
  client_id: z.string().min(1).max(255),
  [TOOL_CONFIGURATION]: z.object({ deployment_id: z.string().min(1).max(255) }),
});

type RegistrationFailure =
  | "registration-start"
  | "registration-configuration"
  | "registration-issuer"
  | "registration-refused"
  | "registration-answer";

export type Registration =
  { ok: true; platform: Platform } | { ok: false; failure: RegistrationFailure; detail: string };

/** What we tell the LMS about ourselves (LTI-DR §3.4, OpenID Connect client metadata). */
function toolConfiguration(origin: string) {
  const launch = `${origin}/lti/launch`;
  return {
    application_type: "web",
    response_types: ["id_token"],
    grant_types: ["implicit", "client_credentials"],
    initiate_login_uri: `${origin}/lti/login`,
    redirect_uris: [launch],
    client_name: "Briefing & Quiz",
    jwks_uri: `${origin}/lti/jwks`,
    logo_uri: `${origin}/icon.svg`,
    token_endpoint_auth_method: "private_key_jwt",
    scope: SCORE_SCOPE,
    [TOOL_CONFIGURATION]: {
      domain: new URL(origin).host,
      target_link_uri: launch,
      description:
        "News briefings that say who claims what, and a quiz whose every answer points to its source.",
      // We read a person's id and first name, nothing else (lib/lti/claims.ts).
      claims: ["iss", "sub", "given_name"],
      messages: [
        { type: "LtiDeepLinkingRequest", target_link_uri: launch, label: "Briefing & Quiz" },
      ],
    },
  };
}

async function fetchJson(
  fetcher: typeof fetch,
  input: string,
  init?: RequestInit,
): Promise<{ status: number; json: unknown }> {
  const response = await fetcher(input, {
    ...init,
    redirect: "error",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  return { status: response.status, json: await response.json().catch(() => undefined) };
}

/** One registration, from the query the LMS opened us with to the platform to keep. */
export async function register(
  query: { openid_configuration?: string; registration_token?: string },
  deps: { fetch: typeof fetch; origin: string },
): Promise<Registration> {
  const where = url.safeParse(query.openid_configuration);
  if (!where.success) {
    return { ok: false, failure: "registration-start", detail: "no openid_configuration URL" };
  }
  const auth: Record<string, string> = query.registration_token
    ? { authorization: `Bearer ${query.registration_token}` }
    : {};
  try {
    const found = await fetchJson(deps.fetch, where.data, { headers: auth });
    const config = openIdConfiguration.safeParse(found.json);
    if (found.status !== 200 || !config.success) {
      const detail = config.error?.issues[0]?.message ?? "";
      return {
        ok: false,
        failure: "registration-configuration",
        detail: `${found.status} ${detail}`,
      };
    }
    const platform = config.data;
    // The configuration speaks for the issuer it names only on that issuer's own host.
    if (new URL(platform.issuer).host !== new URL(where.data).host) {
      return { ok: false, failure: "registration-issuer", detail: platform.issuer };
    }
    const answered = await fetchJson(deps.fetch, platform.registration_endpoint, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(toolConfiguration(deps.origin)),
    });
    if (answered.status < 200 || answered.status > 299) {
      return { ok: false, failure: "registration-refused", detail: String(answered.status) };
    }
    const answer = registrationAnswer.safeParse(answered.json);
    if (!answer.success) {
      return { ok: false, failure: "registration-answer", detail: answer.error.issues[0]!.message };
    }
    return {
      ok: true,
      platform: {
        issuer: platform.issuer,
        clientId: answer.data.client_id,
        deploymentIds: [answer.data[TOOL_CONFIGURATION].deployment_id],
        authLoginUrl: platform.authorization_endpoint,
        authTokenUrl: platform.token_endpoint,
        jwksUrl: platform.jwks_uri,
        name: platform[PLATFORM_CONFIGURATION].product_family_code,
      },
    };
  } catch (error) {
    return { ok: false, failure: "registration-configuration", detail: String(error) };
  }
}
