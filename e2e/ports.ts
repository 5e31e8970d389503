// Where the e2e run serves things; shared by playwright.config.ts and the specs.
export const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Two instances of the same build on one Redis (through the Upstash bridge), as on Vercel. */
export const KV_URLS = [PORT + 1, PORT + 2].map((port) => `http://localhost:${port}`);
export const BRIDGE_PORT = PORT + 90;
export const BRIDGE_CONTROL_PORT = PORT + 91;
/** test/kv/serve.ts's control endpoint: POST /fault?mode=none|error|hang|slow. */
export const BRIDGE_CONTROL_URL = `http://127.0.0.1:${BRIDGE_CONTROL_PORT}`;
/** test/oidc/serve.ts: the OpenID Connect issuer the e2e app signs in against. */
export const OIDC_PORT = PORT + 95;
export const OIDC_ISSUER = `http://localhost:${OIDC_PORT}`;
/** The sign-in button's label for that issuer (AUTH_OIDC_NAME). */
export const OIDC_NAME = "Test School";
/** The fictional briefing's folder, served beside the real ones in every e2e build (TEST_BRIEFINGS_DIR). */
export const FIXTURE_DIR = "test/fixtures/briefings";
/** test/lti/serve.ts: an LMS on another site (127.0.0.1) that launches the app over LTI 1.3. */
export const LTI_PORT = PORT + 97;
export const LTI_ISSUER = `http://127.0.0.1:${LTI_PORT}`;
export const LTI_PLATFORM = {
  issuer: LTI_ISSUER,
  clientId: "briefing-quiz-e2e",
  deploymentIds: ["deployment-e2e"],
  authLoginUrl: `${LTI_ISSUER}/auth`,
  authTokenUrl: `${LTI_ISSUER}/token`,
  jwksUrl: `${LTI_ISSUER}/jwks`,
};

/** The key in the app's Dynamic Registration URL, in e2e runs. */
export const LTI_REGISTRATION_KEY = "e2e-registration-key-0123456789";
/** What test/lti/serve.ts answers a Dynamic Registration with. */
export const LTI_REGISTERED = { clientId: "briefing-quiz-dr", deploymentId: "deployment-dr" };
