import { SignJWT } from "jose";
import { CLAIM } from "./claims";
import type { ToolKeys } from "./tool-keys";

// The answer to a Deep Linking request (LTI Deep Linking 2.0 §4.2): the activity a teacher
// chose, as one `ltiResourceLink` content item signed with our key, with a gradebook line
// item whose maximum is the quiz's points. The LMS stores it; each later launch of that
// link carries `custom` back to us, which is how a launch knows its briefing.

const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
const LIFETIME_SECONDS = 5 * 60;

export type ChosenActivity = {
  slug: string;
  title: string;
  level: "standard" | "easy";
  lang: string;
  /** The quiz's points: one per question. */
  scoreMaximum: number;
};

type Settings = {
  deep_link_return_url: string;
  accept_types: string[];
  data?: string;
};

/** The content item type we return; a platform that does not accept it cannot link us. */
export const acceptsResourceLinks = (settings: Settings) =>
  settings.accept_types.includes("ltiResourceLink");

export async function deepLinkResponse(
  request: { issuer: string; clientId: string; deploymentId: string; settings: Settings },
  activity: ChosenActivity,
  keys: ToolKeys,
  launchUrl: string,
  { now, nonce }: { now: number; nonce: string },
): Promise<{ returnUrl: string; jwt: string }> {
  const seconds = Math.floor(now / 1000);
  const item = {
    type: "ltiResourceLink",
    title: activity.title,
    url: launchUrl,
    custom: { slug: activity.slug, level: activity.level, lang: activity.lang },
    lineItem: {
      scoreMaximum: activity.scoreMaximum,
      label: activity.title,
      resourceId: activity.slug,
    },
  };
  const jwt = await new SignJWT({
    nonce,
    [CLAIM.messageType]: "LtiDeepLinkingResponse",
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: request.deploymentId,
    [`${DL}content_items`]: [item],
    ...(request.settings.data !== undefined && { [`${DL}data`]: request.settings.data }),
  })
    .setProtectedHeader({ alg: "RS256", kid: keys.signing.kid, typ: "JWT" })
    .setIssuer(request.clientId)
    .setAudience(request.issuer)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + LIFETIME_SECONDS)
    .sign(keys.signing.privateKey);
  return { returnUrl: request.settings.deep_link_return_url, jwt };
}
