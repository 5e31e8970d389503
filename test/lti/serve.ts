// `tsx test/lti/serve.ts`: an LMS (an LTI 1.3 platform) for e2e runs, on its own origin
// (http://127.0.0.1:LTI_PORT, another site than the app's localhost) with its own keys. Its
// course page shows the tool as an LMS does, in a frame and as a link to a new window; its
// authorization endpoint answers our login with a signed launch posted back, as a platform's
// OIDC endpoint does; it publishes its keys at /jwks. Test-only.
//
// Who launches, and into which activity, is in the course page's query, carried through the
// login as `lti_message_hint`: ?who=learner|instructor&sub=…&name=…&link=…&slug=…&lang=…;
// `mode=add` is a teacher adding the activity (Deep Linking): our answer comes back to
// /deep-link-return, checked against the app's public keys, and offered as a new activity.
// Each activity has a line item: the tool gets tokens at /token (its client assertion checked
// against its public keys) and posts scores to /lineitems/<link>/scores; GET /scores?link=
// shows what arrived. `?down=N` on /course makes the next N score posts fail with a 503.
// Dynamic Registration: /admin?url=<the tool's registration URL> opens it in a frame with our
// /openid-configuration and a registration token, as an LMS admin page does; /register takes
// the tool's registration (LTI_REGISTERED). `client=dr` on /course launches as that client.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from "jose";
import { LTI_PLATFORM, LTI_PORT, LTI_REGISTERED, PORT } from "../../e2e/ports";
import { CLAIM, SCORE_SCOPE } from "../../lib/lti/claims";

const appOrigin = `http://localhost:${PORT}`;
const origin = LTI_PLATFORM.issuer;
const CLIENT_ID = LTI_PLATFORM.clientId;
// The issuer it registers itself as: not the one the app's LTI_PLATFORMS configures (which
// the app refuses to let register over), on the same host.
const DR_ISSUER = `${origin}/dr`;
const DEPLOYMENT = LTI_PLATFORM.deploymentIds[0]!;
const LIS = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

const { privateKey, publicKey } = await generateKeyPair("RS256");
const jwk = { ...(await exportJWK(publicKey)), kid: "lms-e2e-key", alg: "RS256", use: "sig" };

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function html(response: ServerResponse, body: string) {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  response.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>LMS</title><body>${body}</body></html>`,
  );
}

// The platform's side of LTI postMessage storage: what the tool's frames put, by key, for
// the tool's origin only, answered to the frame that asked.
const STORAGE_FRAME = `
const kept = new Map();
addEventListener("message", (e) => {
  const d = e.data || {};
  if (e.origin !== ${JSON.stringify(appOrigin)} || typeof d.key !== "string") return;
  if (d.subject === "lti.put_data") {
    kept.set(d.key, d.value);
    document.getElementById("stored").textContent = String(kept.size);
  } else if (d.subject !== "lti.get_data") return;
  e.source.postMessage(
    { subject: d.subject + ".response", message_id: d.message_id, key: d.key, value: kept.get(d.key) },
    e.origin,
  );
});
`;

/** The course page: the activity in a frame, and the same as a link to a new window. */
function coursePage(url: URL, response: ServerResponse) {
  const registered = url.searchParams.get("client") === "dr";
  // The LMS's frame storage (LTI postMessage storage), offered with ?storage=yes.
  const storage = url.searchParams.get("storage") === "yes";
  const hint = Buffer.from(JSON.stringify(Object.fromEntries(url.searchParams))).toString(
    "base64url",
  );
  const login = new URL("/lti/login", appOrigin);
  login.search = new URLSearchParams({
    iss: registered ? DR_ISSUER : origin,
    login_hint: url.searchParams.get("sub") ?? "lms-user-1",
    target_link_uri: `${appOrigin}/lti/launch`,
    lti_message_hint: hint,
    client_id: registered ? LTI_REGISTERED.clientId : CLIENT_ID,
    lti_deployment_id: registered ? LTI_REGISTERED.deploymentId : DEPLOYMENT,
    ...(storage && { lti_storage_target: "_parent" }),
  }).toString();
  html(
    response,
    `<h1>Civics 10B</h1><p><a id="new-window" href="${escape(login.toString())}" target="_blank">Open the briefing quiz in a new window</a></p>` +
      (url.searchParams.get("frame") === "no"
        ? ""
        : `<iframe id="tool" title="Briefing quiz" src="${escape(login.toString())}" width="900" height="600"></iframe>`) +
      (storage
        ? `<p>Kept for the tool: <span id="stored">0</span></p><script>${STORAGE_FRAME}</script>`
        : ""),
  );
}

/** The authorization endpoint: a signed launch, posted back to the tool by the browser. */
async function authorize(url: URL, response: ServerResponse) {
  const q = url.searchParams;
  const clientId = q.get("client_id");
  const registered = clientId === LTI_REGISTERED.clientId && registeredTool;
  if (
    (clientId !== CLIENT_ID && !registered) ||
    q.get("redirect_uri") !== `${appOrigin}/lti/launch`
  ) {
    response.writeHead(400);
    return response.end("unknown client or redirect_uri");
  }
  const who = JSON.parse(
    Buffer.from(q.get("lti_message_hint") ?? "", "base64url").toString(),
  ) as Record<string, string>;
  const seconds = Math.floor(Date.now() / 1000);
  const message =
    who.mode === "add"
      ? {
          [CLAIM.messageType]: "LtiDeepLinkingRequest",
          "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": {
            deep_link_return_url: `${origin}/deep-link-return`,
            accept_types: ["ltiResourceLink"],
            accept_presentation_document_targets: ["iframe", "window"],
            accept_multiple: false,
            data: "opaque-e2e",
          },
        }
      : {
          [CLAIM.messageType]: "LtiResourceLinkRequest",
          [CLAIM.resourceLink]: { id: who.link ?? "link-1", title: "Briefing quiz" },
          [CLAIM.custom]: { slug: who.slug ?? "", lang: who.lang ?? "en" },
          [CLAIM.ags]: {
            scope: [SCORE_SCOPE],
            lineitem: `${origin}/lineitems/${encodeURIComponent(who.link ?? "link-1")}`,
          },
        };
  const idToken = await new SignJWT({
    ...message,
    nonce: q.get("nonce"),
    sub: who.sub ?? "lms-user-1",
    ...(who.name ? { given_name: who.name } : {}),
    email: "not-for-the-tool@school.example",
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: registered ? LTI_REGISTERED.deploymentId : DEPLOYMENT,
    [CLAIM.targetLinkUri]: `${appOrigin}/lti/launch`,
    [CLAIM.roles]: [`${LIS}${who.who === "instructor" ? "Instructor" : "Learner"}`],
    [CLAIM.context]: { id: "course-10b", title: "Civics 10B" },
  })
    .setProtectedHeader({ alg: "RS256", kid: jwk.kid, typ: "JWT" })
    .setIssuer(registered ? DR_ISSUER : origin)
    .setAudience(clientId!)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + 300)
    .sign(privateKey);
  const state = who.tamper === "state" ? `${q.get("state")}x` : (q.get("state") ?? "");
  html(
    response,
    `<form id="launch" method="post" action="${escape(`${appOrigin}/lti/launch`)}">` +
      `<input type="hidden" name="id_token" value="${escape(idToken)}">` +
      `<input type="hidden" name="state" value="${escape(state)}">` +
      // `hold=yes`: the launch waits for its button (a test clears cookies meanwhile).
      (who.hold === "yes"
        ? `<button id="continue">Continue</button></form>`
        : `<noscript><button>Continue</button></noscript></form>` +
          `<script>document.getElementById("launch").submit()</script>`),
  );
}

const appKeys = createRemoteJWKSet(new URL(`${appOrigin}/lti/jwks`));
let added = 0;

async function bodyOf(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** The tool's Deep Linking answer: checked as a platform checks it, then a new activity. */
async function deepLinkReturn(request: IncomingMessage, response: ServerResponse) {
  const { payload } = await jwtVerify((await bodyOf(request)).get("JWT") ?? "", appKeys, {
    issuer: CLIENT_ID,
    audience: origin,
  });
  const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
  if (
    payload[CLAIM.messageType] !== "LtiDeepLinkingResponse" ||
    payload[`${DL}data`] !== "opaque-e2e"
  ) {
    response.writeHead(400);
    return response.end("not a deep linking response for our request");
  }
  const [item] = payload[`${DL}content_items`] as {
    title: string;
    url: string;
    custom: Record<string, string>;
    lineItem: { scoreMaximum: number };
  }[];
  const link = `added-${++added}-${Date.now()}`;
  const launch = `/course?${new URLSearchParams({ who: "learner", sub: `learner-${link}`, name: "Ada", link, slug: item!.custom.slug!, lang: item!.custom.lang!, frame: "no" })}`;
  html(
    response,
    `<h1>Added: ${escape(item!.title)}</h1><dl><dt>Briefing</dt><dd id="slug">${escape(item!.custom.slug!)}</dd><dt>Level</dt><dd id="level">${escape(item!.custom.level!)}</dd><dt>Language</dt><dd id="lang">${escape(item!.custom.lang!)}</dd><dt>Points</dt><dd id="points">${item!.lineItem.scoreMaximum}</dd><dt>Launch URL</dt><dd id="url">${escape(item!.url)}</dd></dl><p><a id="as-learner" href="${escape(launch)}">Open it as a learner</a></p>`,
  );
}

/** The tool's registration, once it has sent one. */
let registeredTool: Record<string, unknown> | undefined;

/** An LMS admin's page: the tool's registration URL in a frame, told when to close. */
function adminPage(url: URL, response: ServerResponse) {
  const target = new URL(url.searchParams.get("url") ?? "");
  target.searchParams.set("openid_configuration", `${origin}/openid-configuration`);
  target.searchParams.set("registration_token", "reg-token-e2e");
  html(
    response,
    `<h1>Register a tool</h1><p id="closed">open</p><iframe id="registration" title="Registration" src="${escape(target.toString())}" width="800" height="300"></iframe>` +
      `<script>addEventListener("message", (e) => { if (e.data && e.data.subject === "org.imsglobal.lti.close") document.getElementById("closed").textContent = "closed"; });</script>`,
  );
}

function openIdConfiguration(response: ServerResponse) {
  json(response, 200, {
    issuer: DR_ISSUER,
    authorization_endpoint: `${origin}/auth`,
    token_endpoint: `${origin}/token`,
    jwks_uri: `${origin}/jwks`,
    registration_endpoint: `${origin}/register`,
    "https://purl.imsglobal.org/spec/lti-platform-configuration": {
      product_family_code: "e2e-lms",
      version: "1.0",
    },
  });
}

/** The registration endpoint: our one-time token, then the tool's configuration kept. */
async function registration(request: IncomingMessage, response: ServerResponse) {
  if (request.headers.authorization !== "Bearer reg-token-e2e") {
    return json(response, 401, { error: "invalid registration token" });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const tool = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
  if (tool.initiate_login_uri !== `${appOrigin}/lti/login`) {
    return json(response, 400, { error: "invalid_client_metadata" });
  }
  registeredTool = tool;
  const TOOL = "https://purl.imsglobal.org/spec/lti-tool-configuration";
  return json(response, 200, {
    ...tool,
    client_id: LTI_REGISTERED.clientId,
    [TOOL]: { ...(tool[TOOL] as object), deployment_id: LTI_REGISTERED.deploymentId },
  });
}

const tokens = new Set<string>();
const scores: { link: string; body: Record<string, unknown> }[] = [];
let downFor = 0;

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

/** The token endpoint: client credentials, with the tool's assertion checked by its keys. */
async function token(request: IncomingMessage, response: ServerResponse) {
  const form = await bodyOf(request);
  try {
    const { payload } = await jwtVerify(form.get("client_assertion") ?? "", appKeys, {
      issuer: [CLIENT_ID, LTI_REGISTERED.clientId],
      audience: `${origin}/token`,
    });
    if (payload.sub !== payload.iss) throw new Error("sub is not the client");
  } catch {
    return json(response, 401, { error: "invalid_client" });
  }
  const issued = `token-${crypto.randomUUID()}`;
  tokens.add(issued);
  return json(response, 200, { access_token: issued, token_type: "Bearer", expires_in: 3600 });
}

/** A line item's score service: a known token, the score media type, then recorded. */
async function score(link: string, request: IncomingMessage, response: ServerResponse) {
  if (downFor > 0) {
    downFor--;
    return json(response, 503, { error: "down for maintenance" });
  }
  if (!tokens.has(request.headers.authorization?.replace(/^Bearer /, "") ?? "")) {
    return json(response, 401, { error: "invalid_token" });
  }
  if (request.headers["content-type"] !== "application/vnd.ims.lis.v1.score+json") {
    return json(response, 415, { error: "media type" });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  scores.push({ link, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
  return json(response, 200, {});
}

async function handle(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", origin);
  const scorePath = /^\/lineitems\/([^/]+)\/scores$/.exec(url.pathname);
  if (scorePath && request.method === "POST") {
    return score(decodeURIComponent(scorePath[1]!), request, response);
  }
  if (url.pathname === "/token" && request.method === "POST") return token(request, response);
  if (url.pathname === "/admin") return adminPage(url, response);
  if (url.pathname === "/openid-configuration") return openIdConfiguration(response);
  if (url.pathname === "/register" && request.method === "POST") {
    return registration(request, response);
  }
  if (url.pathname === "/scores") {
    return json(
      response,
      200,
      scores.filter((s) => s.link === url.searchParams.get("link")).map((s) => s.body),
    );
  }
  if (url.pathname === "/course" && url.searchParams.has("down")) {
    downFor = Number(url.searchParams.get("down"));
  }
  if (url.pathname === "/jwks") {
    response.writeHead(200, { "content-type": "application/json" });
    return response.end(JSON.stringify({ keys: [jwk] }));
  }
  if (url.pathname === "/course") return coursePage(url, response);
  if (url.pathname === "/auth") return authorize(url, response);
  if (url.pathname === "/deep-link-return" && request.method === "POST") {
    return deepLinkReturn(request, response);
  }
  response.writeHead(404);
  response.end("not found");
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    response.writeHead(500);
    response.end(String(error));
  });
});
server.listen(LTI_PORT, "127.0.0.1", () => console.log(`[lti] platform ${origin}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
