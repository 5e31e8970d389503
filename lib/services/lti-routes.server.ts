import "server-only";
import { requestOrigin } from "@/lib/classes/origin.server";
import type { LtiOutcome } from "@/lib/lti/lti-service";
import { signIn } from "./services.server";

// An LTI outcome as the route handlers under app/lti answer it: always a 303, so the
// browser follows with a GET whatever it posted (the LMS's form post included).

export async function ltiResponse(outcome: LtiOutcome): Promise<Response> {
  const origin = await requestOrigin();
  const to = (path: string) => new Response(null, { status: 303, headers: { location: path } });
  if ("redirect" in outcome) return to(new URL(outcome.redirect, origin).toString());
  if ("newTab" in outcome) return to(`/lti/open?ticket=${encodeURIComponent(outcome.newTab)}`);
  if ("signIn" in outcome) {
    // Auth.js's "lti" provider spends the ticket; its session cookie goes on this answer.
    const next = await signIn("lti", {
      ticket: outcome.signIn,
      redirectTo: outcome.to,
      redirect: false,
    });
    const failed = typeof next !== "string" || new URL(next, origin).searchParams.has("error");
    return to(failed ? "/lti/failed?why=ticket" : new URL(next, origin).toString());
  }
  return to(`/lti/failed?why=${encodeURIComponent(outcome.failed)}`);
}

/** A request's fields, from its query (GET) or its form (POST), as text. */
export async function ltiFields(request: Request): Promise<Record<string, string>> {
  const fields = new URLSearchParams(new URL(request.url).search);
  if (request.method === "POST") {
    const form = await request.formData().catch(() => new FormData());
    for (const [name, value] of form) if (typeof value === "string") fields.set(name, value);
  }
  return Object.fromEntries(fields);
}
