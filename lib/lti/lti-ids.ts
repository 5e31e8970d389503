import { base64url } from "jose";

// Who and what a launch is, as our ids: hashes of what the LMS says, joined so that no two
// platforms, deployments or courses can collide. The LMS's own ids never reach our store.
// A student is the same student on any device (the LMS says who they are); a course's
// instructors share its classes, so its owner id is the course's.

/** SHA-256 of text, in base64url. */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return base64url.encode(new Uint8Array(digest));
}

/** Parts joined with their lengths, so no two lists of parts hash alike. */
const hashOf = (...parts: string[]) => sha256(parts.map((p) => `${p.length}:${p}`).join("|"));

type Where = { issuer: string; deploymentId: string };

/** The student id of an LMS user, in every class of ours they launch into. */
export const ltiStudentId = (where: Where, sub: string) =>
  hashOf("student", where.issuer, where.deploymentId, sub).then((h) => `lti-${h.slice(0, 32)}`);

/** The owner of a course's classes: what its instructors are signed in as. */
export const ltiCourseOwnerId = (where: Where, contextId: string) =>
  hashOf("course", where.issuer, where.deploymentId, contextId).then(
    (h) => `lti:${h.slice(0, 32)}`,
  );

/** A course's resource link (one activity): the key of the class it launches into. */
export const ltiLinkKey = (where: Where, contextId: string, resourceLinkId: string) =>
  hashOf("link", where.issuer, where.deploymentId, contextId, resourceLinkId);
