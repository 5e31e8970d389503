import { z } from "zod";

// The LTI 1.3 claims we read from a launch's id_token (LTI Core 1.3 §5.3–5.4, Deep Linking
// 2.0, Assignment and Grade Services 2.0), and nothing else: no e-mail, no picture, no
// address. Names as the specification spells them.

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";

/** A web address: never javascript:, data: or file:, which a form or a fetch would obey. */
const webUrl = z.url({ protocol: /^https?$/ });

export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  ags: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
  deepLinking: "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
} as const;

/** The AGS scope that lets a tool post scores to a line item. */
export const SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

export const MESSAGE_TYPES = ["LtiResourceLinkRequest", "LtiDeepLinkingRequest"] as const;

const context = z.object({
  id: z.string().min(1),
  label: z.string().optional(),
  title: z.string().optional(),
});

const ags = z.object({
  scope: z.array(z.string()),
  lineitems: webUrl.optional(),
  lineitem: webUrl.optional(),
});

const deepLinking = z.object({
  deep_link_return_url: webUrl,
  accept_types: z.array(z.string()),
  accept_presentation_document_targets: z.array(z.string()),
  accept_multiple: z.boolean().optional(),
  data: z.string().optional(),
});

/** What every launch carries (LTI Core §5.3), then what each message type adds. */
const common = z.object({
  [CLAIM.deploymentId]: z.string().min(1),
  [CLAIM.targetLinkUri]: webUrl,
  [CLAIM.roles]: z.array(z.string()),
  [CLAIM.context]: context.optional(),
  /** Absent in an anonymous launch; we need it: a launch is a person. */
  sub: z.string().min(1).max(255),
  /** The only personal data we keep, and only when the LMS sends it. */
  given_name: z.string().max(100).optional(),
});

export const resourceLinkClaims = common.extend({
  [CLAIM.messageType]: z.literal("LtiResourceLinkRequest"),
  [CLAIM.resourceLink]: z.object({ id: z.string().min(1), title: z.string().optional() }),
  [CLAIM.custom]: z.record(z.string(), z.string()).optional(),
  [CLAIM.ags]: ags.optional(),
});

export const deepLinkingClaims = common.extend({
  [CLAIM.messageType]: z.literal("LtiDeepLinkingRequest"),
  [CLAIM.deepLinking]: deepLinking,
});

const INSTRUCTOR_ROLES = [
  "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
  "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator",
  "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper",
  "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
];

/**
 * A teacher, for us: an instructor, an administrator or a content developer of the course
 * (a platform sending a sub-role such as teaching assistant must send its principal role
 * too, LTI Core §A.2.2). Anyone else, learners and unknown roles alike, is a student: a role
 * we do not know never opens a dashboard.
 */
export function isInstructor(roles: readonly string[]): boolean {
  return roles.some((role) => INSTRUCTOR_ROLES.includes(role));
}
