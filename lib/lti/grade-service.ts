import { SignJWT } from "jose";
import type { Platform } from "@/lib/env/lti-platforms";
import { SCORE_SCOPE } from "./claims";
import type { ToolKeys } from "./tool-keys";

// Scores back to the LMS gradebook (LTI Assignment and Grade Services 2.0, Score service):
// an access token from the platform's token endpoint (client credentials with a client
// assertion signed by our key, RFC 7523), kept until it expires, then one POST of the score
// to the line item's `/scores`. A platform that is down or busy is retried with backoff;
// a refused token is fetched again once. The caller records what reached the LMS.

const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
/** A token is used until this long before its expiry. */
const TOKEN_MARGIN_MS = 30_000;
/** How long one request may take: a platform that hangs is a platform that is down. */
const REQUEST_TIMEOUT_MS = 10_000;
/** How much of an answer we read: a token, or the start of an error to log. */
const ANSWER_LIMIT = 16_384;

/** The start of an answer's body, never more than `ANSWER_LIMIT` characters' worth. */
async function answerStart(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const decoder = new TextDecoder();
  let text = "";
  while (text.length < ANSWER_LIMIT) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => {});
  return text.slice(0, ANSWER_LIMIT);
}

/** Waits before each retry of a platform that is down (and how many retries). */
export const RETRY_DELAYS_MS = [500, 2_000, 8_000];

export type Score = {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  /** When the attempt was scored. */
  timestamp: number;
};

type GradeFailure = { ok: false; status: number | "network"; detail: string };
export type GradeOutcome = { ok: true } | GradeFailure;

export type GradeDeps = {
  /** Our signing keys (read once, then kept: lib/lti/tool-keys.server.ts). */
  keys: () => Promise<ToolKeys>;
  fetch: typeof fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => string;
};

/** The score endpoint of a line item: `/scores` after its path, before its query. */
export function scoresUrl(lineItem: string): string {
  const url = new URL(lineItem);
  url.pathname = `${url.pathname.replace(/\/$/, "")}/scores`;
  return url.toString();
}

/** The score as AGS's media type has it: completed and fully graded, by our scoring. */
function scoreBody(score: Score) {
  return {
    userId: score.userId,
    scoreGiven: score.scoreGiven,
    scoreMaximum: score.scoreMaximum,
    activityProgress: "Completed",
    gradingProgress: "FullyGraded",
    timestamp: new Date(score.timestamp).toISOString(),
  };
}

const retryable = (status: number | "network") =>
  status === "network" || status === 429 || status >= 500;

export function gradeService(deps: GradeDeps) {
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  const tokenKey = (p: Platform) => `${p.issuer}\u0000${p.clientId}`;

  async function fetchToken(platform: Platform): Promise<string | GradeFailure> {
    const seconds = Math.floor(deps.now() / 1000);
    const { signing } = await deps.keys();
    const assertion = await new SignJWT({ jti: deps.random() })
      .setProtectedHeader({ alg: "RS256", kid: signing.kid, typ: "JWT" })
      .setIssuer(platform.clientId)
      .setSubject(platform.clientId)
      .setAudience(platform.authTokenUrl)
      .setIssuedAt(seconds)
      .setExpirationTime(seconds + 300)
      .sign(signing.privateKey);
    const response = await send(() =>
      deps.fetch(platform.authTokenUrl, {
        method: "POST",
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_assertion_type: ASSERTION_TYPE,
          client_assertion: assertion,
          scope: SCORE_SCOPE,
        }),
      }),
    );
    if (!(response instanceof Response)) return response;
    const json = (await answerStart(response)
      .then((text) => JSON.parse(text) as unknown)
      .catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
    };
    if (typeof json.access_token !== "string") {
      return { ok: false, status: response.status, detail: "no access_token in the answer" };
    }
    const lifetime = typeof json.expires_in === "number" ? json.expires_in * 1000 : 3_600_000;
    tokens.set(tokenKey(platform), {
      token: json.access_token,
      expiresAt: deps.now() + lifetime - TOKEN_MARGIN_MS,
    });
    return json.access_token;
  }

  /** One request, retried with backoff while the platform is down or busy. */
  async function send(request: () => Promise<Response>): Promise<Response | GradeFailure> {
    let last: GradeFailure = { ok: false, status: "network", detail: "not sent" };
    for (let tries = 0; tries <= RETRY_DELAYS_MS.length; tries++) {
      if (tries > 0) await deps.sleep(RETRY_DELAYS_MS[tries - 1]!);
      try {
        const response = await request();
        if (response.ok) return response;
        last = {
          ok: false,
          status: response.status,
          detail: (await answerStart(response)).slice(0, 300),
        };
      } catch (error) {
        last = { ok: false, status: "network", detail: String(error) };
      }
      if (!retryable(last.status)) return last;
    }
    return last;
  }

  async function accessToken(platform: Platform, fresh: boolean): Promise<string | GradeFailure> {
    const cached = tokens.get(tokenKey(platform));
    if (!fresh && cached && cached.expiresAt > deps.now()) return cached.token;
    return fetchToken(platform);
  }

  return {
    /** Posts one score to a line item; a refused token is replaced once. */
    async postScore(platform: Platform, lineItem: string, score: Score): Promise<GradeOutcome> {
      for (const fresh of [false, true]) {
        const token = await accessToken(platform, fresh);
        if (typeof token !== "string") return token;
        const response = await send(() =>
          deps.fetch(scoresUrl(lineItem), {
            method: "POST",
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            headers: {
              authorization: `Bearer ${token}`,
              "content-type": "application/vnd.ims.lis.v1.score+json",
            },
            body: JSON.stringify(scoreBody(score)),
          }),
        );
        if (response instanceof Response) return { ok: true };
        if (response.status !== 401) return response;
        tokens.delete(tokenKey(platform));
      }
      return { ok: false, status: 401, detail: "the platform refused a fresh token" };
    },
  };
}
