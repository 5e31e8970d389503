// An LMS for tests, on its own port: its token endpoint checks our client assertion against
// our public keys (as a platform does) and issues access tokens; its line items take scores
// and record them. It can be told to be down for the next few requests, or to forget the
// tokens it issued (as when they expire early). It takes Dynamic Registrations too: its
// OpenID configuration at /openid-configuration, and registrations with the token
// "reg-token" at /register, each answered with a new client id and a deployment.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from "jose";
import type { Platform } from "@/lib/env/lti-platforms";

type RecordedScore = { lineItem: string; body: Record<string, unknown> };

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startLmsSimulator(options: {
  toolJwks: () => JSONWebKeySet;
  clientId: string;
  /** The platform's own public keys, served at /jwks. */
  platformJwks?: () => JSONWebKeySet;
  /** The issuer its configuration names (default: its own origin). */
  claimedIssuer?: string;
}) {
  const registrations: Record<string, unknown>[] = [];
  const scores: RecordedScore[] = [];
  const issued = new Set<string>();
  let downFor = 0;
  let tokenRequests = 0;
  let jwksRequests = 0;
  let origin = "";

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (downFor > 0) {
      downFor--;
      return reply(503, { error: "down for maintenance" });
    }
    const url = new URL(request.url ?? "/", origin);
    if (request.method === "GET" && url.pathname === "/jwks" && options.platformJwks) {
      jwksRequests++;
      return reply(200, options.platformJwks());
    }
    if (request.method === "GET" && url.pathname === "/openid-configuration") {
      return reply(200, {
        issuer: options.claimedIssuer ?? origin,
        authorization_endpoint: `${origin}/auth`,
        token_endpoint: `${origin}/token`,
        jwks_uri: `${origin}/jwks`,
        registration_endpoint: `${origin}/register`,
        "https://purl.imsglobal.org/spec/lti-platform-configuration": {
          product_family_code: "simulator",
          version: "1.0",
        },
      });
    }
    const body = await bodyOf(request);
    if (request.method === "POST" && url.pathname === "/register") {
      if (request.headers.authorization !== "Bearer reg-token") {
        return reply(401, { error: "invalid registration token" });
      }
      const registration = JSON.parse(body) as Record<string, unknown>;
      registrations.push(registration);
      return reply(200, {
        ...registration,
        client_id: `dr-client-${registrations.length}`,
        "https://purl.imsglobal.org/spec/lti-tool-configuration": {
          ...(registration["https://purl.imsglobal.org/spec/lti-tool-configuration"] as object),
          deployment_id: "dr-deployment",
        },
      });
    }
    if (request.method === "POST" && url.pathname === "/token") {
      tokenRequests++;
      const form = new URLSearchParams(body);
      if (form.get("grant_type") !== "client_credentials") return reply(400, { error: "grant" });
      try {
        await jwtVerify(form.get("client_assertion") ?? "", createLocalJWKSet(options.toolJwks()), {
          issuer: options.clientId,
          subject: options.clientId,
          audience: `${origin}/token`,
        });
      } catch {
        return reply(401, { error: "invalid_client" });
      }
      const token = `token-${tokenRequests}`;
      issued.add(token);
      return reply(200, {
        access_token: token,
        token_type: "Bearer",
        expires_in: 3600,
        scope: form.get("scope"),
      });
    }
    const scorePath = url.pathname.match(/^\/lineitems\/([^/]+)\/scores$/);
    if (request.method === "POST" && scorePath) {
      const token = request.headers.authorization?.replace(/^Bearer /, "") ?? "";
      if (!issued.has(token)) return reply(401, { error: "invalid_token" });
      if (request.headers["content-type"] !== "application/vnd.ims.lis.v1.score+json") {
        return reply(415, { error: "media type" });
      }
      scores.push({ lineItem: scorePath[1]!, body: JSON.parse(body) as Record<string, unknown> });
      return reply(200, {});
    }
    return reply(404, { error: "not found" });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;

  const platform: Platform = {
    issuer: origin,
    clientId: options.clientId,
    deploymentIds: ["deployment-1"],
    authLoginUrl: `${origin}/auth`,
    authTokenUrl: `${origin}/token`,
    jwksUrl: `${origin}/jwks`,
  };
  return {
    origin,
    platform,
    scores,
    registrations,
    tokenRequests: () => tokenRequests,
    jwksRequests: () => jwksRequests,
    lineItem: (id: string, query = "") => `${origin}/lineitems/${id}${query}`,
    goDownFor: (requests: number) => (downFor = requests),
    forgetTokens: () => issued.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
