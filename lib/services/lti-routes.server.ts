import "server-only";
import { AuthError } from "next-auth";
import { requestOrigin } from "@/lib/classes/origin.server";
import { failureWords } from "@/lib/lti/failure-words";
import type { LtiOutcome } from "@/lib/lti/lti-service";
import { xmlText } from "@/lib/quiz/export/xml-text";
import { PLAIN_PAGE_HEADERS, plainPage } from "@/lib/security/plain-page";
import { signIn } from "./services.server";

// An LTI outcome as the route handlers under app/lti answer it: always a 303, so the
// browser follows with a GET whatever it posted (the LMS's form post included).

export async function ltiResponse(outcome: LtiOutcome): Promise<Response> {
  const origin = await requestOrigin();
  const to = (path: string) => new Response(null, { status: 303, headers: { location: path } });
  if ("redirect" in outcome) return to(new URL(outcome.redirect, origin).toString());
  // A learner's pages in their class's language (lib/links/routes.ts's prefix).
  const lang = "lang" in outcome && outcome.lang === "es" ? "/es" : "";
  if ("newTab" in outcome) {
    return to(`${lang}/lti/open?ticket=${encodeURIComponent(outcome.newTab)}`);
  }
  if ("signIn" in outcome) {
    // Auth.js's "lti" provider spends the ticket; its session cookie goes on this answer.
    // A ticket already spent (the link opened twice) is refused by throwing, in this mode.
    const next = await signIn("lti", {
      ticket: outcome.signIn,
      redirectTo: outcome.to,
      redirect: false,
    }).catch((error: unknown) => {
      if (error instanceof AuthError) return undefined;
      throw error;
    });
    const failed = typeof next !== "string" || new URL(next, origin).searchParams.has("error");
    return to(failed ? "/lti/failed?why=ticket" : new URL(next, origin).toString());
  }
  if ("picker" in outcome) return to(`/lti/pick?session=${encodeURIComponent(outcome.picker)}`);
  if ("store" in outcome) return storagePage(outcome.store, "put");
  if ("fetchSecret" in outcome) return storagePage(outcome.fetchSecret, "get");
  return to(`${lang}/lti/failed?why=${encodeURIComponent(outcome.failed)}`);
}

/** Data for a page's script: JSON that cannot end the script element. */
const scriptData = (data: unknown) => JSON.stringify(data).replace(/</g, "\\u003c");

// LTI Client Side postMessage Storage 1.0: one message to the LMS's storage frame, aimed at
// the LMS's origin, and its answer (or two seconds without one) moves the page on.
const STORAGE_SCRIPT = `
const frame = s.target === "_parent" ? window.parent : window.parent.frames[s.target] || window.parent;
const id = "bq-" + Math.random().toString(36).slice(2) + Date.now().toString(36);
let done = false;
const finish = (value) => { if (!done) { done = true; next(value); } };
addEventListener("message", (e) => {
  const d = e.data;
  if (e.origin === s.origin && d && d.message_id === id && d.subject === s.subject + ".response") finish(d.value);
});
try { frame.postMessage({ subject: s.subject, message_id: id, key: s.key, value: s.value }, s.origin); }
catch { finish(undefined); }
setTimeout(() => finish(undefined), 2000);
`;

type StorageStep = { target: string; origin: string; key: string };

/**
 * "put": the login keeps the browser's secret in the LMS's storage, then goes on to the LMS.
 * "get": the launch reads it back and posts itself again with it (without it, the launch
 * fails its state check as a launch without the cookie would).
 */
function storagePage(
  step: StorageStep & ({ value: string; redirect: string } | { idToken: string; state: string }),
  op: "put" | "get",
): Response {
  const data = {
    subject: `lti.${op}_data`,
    target: step.target,
    origin: step.origin,
    key: step.key,
    ...("value" in step && { value: step.value }),
  };
  const body =
    "redirect" in step
      ? `<p>Opening the activity…</p><noscript><p><a href="${xmlText(step.redirect)}">Continue</a></p></noscript>` +
        `<script>const s = ${scriptData(data)}; const next = () => location.replace(${scriptData(step.redirect)});${STORAGE_SCRIPT}</script>`
      : `<form id="launch" method="post" action="/lti/launch">` +
        `<input type="hidden" name="id_token" value="${xmlText(step.idToken)}">` +
        `<input type="hidden" name="state" value="${xmlText(step.state)}">` +
        `<input type="hidden" name="lti_storage_secret" id="secret" value="">` +
        `<p>Opening the activity…</p><noscript><button type="submit">Continue</button></noscript></form>` +
        `<script>const s = ${scriptData(data)}; const next = (value) => { if (typeof value === "string") document.getElementById("secret").value = value; document.getElementById("launch").submit(); };${STORAGE_SCRIPT}</script>`;
  return new Response(plainPage("Opening the activity", body), { headers: PLAIN_PAGE_HEADERS });
}

/**
 * A form the browser posts on to another site by itself (the Deep Linking answer to the
 * LMS), with a button for a browser without JavaScript.
 */
export function autoPost(action: string, fields: Record<string, string>): Response {
  const inputs = Object.entries(fields)
    .map(
      ([name, value]) => `<input type="hidden" name="${xmlText(name)}" value="${xmlText(value)}">`,
    )
    .join("");
  const html = plainPage(
    "Adding the activity",
    `<form id="answer" method="post" action="${xmlText(action)}">${inputs}<p>Adding the activity to your course…</p><button type="submit">Continue</button></form><script>document.getElementById("answer").submit()</script>`,
  );
  return new Response(html, { headers: PLAIN_PAGE_HEADERS });
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

/** Dynamic Registration's last page: done or not, in words; done tells the LMS to close it. */
export function registrationResponse(
  outcome: { registered: string } | { failed: string } | { notFound: true },
): Response {
  if ("notFound" in outcome) {
    return new Response(plainPage("Not found", "<h1>Not found</h1>"), {
      status: 404,
      headers: PLAIN_PAGE_HEADERS,
    });
  }
  if ("failed" in outcome) {
    const html = plainPage(
      "Not registered",
      `<h1>Not registered</h1><p data-testid="lti-registration">${xmlText(failureWords(outcome.failed))}</p>`,
    );
    return new Response(html, { status: 400, headers: PLAIN_PAGE_HEADERS });
  }
  // LTI-DR §3.6: the platform closes its registration window when told so.
  const html = plainPage(
    "Registered",
    `<h1>Registered</h1><p data-testid="lti-registration">Briefing &amp; Quiz is now registered with ${xmlText(outcome.registered)}. Teachers can add it to their courses.</p><script>(window.opener || window.parent).postMessage({ subject: "org.imsglobal.lti.close" }, "*")</script>`,
  );
  return new Response(html, { headers: PLAIN_PAGE_HEADERS });
}
