import { defineConfig, devices } from "@playwright/test";
import {
  BRIDGE_CONTROL_PORT,
  BRIDGE_CONTROL_URL,
  BRIDGE_PORT,
  FIXTURE_DIR,
  KV_URLS,
  LTI_ISSUER,
  LTI_PLATFORM,
  LTI_REGISTRATION_KEY,
  OIDC_ISSUER,
  OIDC_NAME,
  OIDC_PORT,
  PORT,
} from "./e2e/ports";

const chromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
// E2E_STORE=kv runs the whole suite against the KV instances instead of the embedded store.
const wholeSuiteOnKv = process.env.E2E_STORE === "kv";

// Debian's Chromium, never a downloaded browser. The flags keep it from calling home,
// which this offline machine refuses (and slows every start).
const launchOptions = {
  executablePath: chromium,
  args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
};

// The fictional briefing is built and served beside the real ones (e2e/stories.ts); the
// specs' own processes read content with the same setting.
process.env.TEST_BRIEFINGS_DIR = FIXTURE_DIR;

// Sign-in as a school would set it up (a real OIDC issuer), plus "Continue as…".
const authEnv = {
  TEST_BRIEFINGS_DIR: FIXTURE_DIR,
  AUTH_OIDC_ISSUER: OIDC_ISSUER,
  AUTH_OIDC_ID: "briefing-e2e",
  AUTH_OIDC_SECRET: "e2e-only-client-secret",
  AUTH_OIDC_NAME: OIDC_NAME,
  AUTH_LOCAL_SIGNIN: "true",
  AUTH_TRUST_HOST: "true",
  // The LMS of test/lti/serve.ts may launch the app.
  LTI_PLATFORMS: JSON.stringify([LTI_PLATFORM]),
  // …and register itself with this key (Dynamic Registration).
  LTI_REGISTRATION_KEY,
};

const kvEnv = {
  ...authEnv,
  KV_REST_API_URL: `http://localhost:${BRIDGE_PORT}`,
  KV_REST_API_TOKEN: "bridge-token",
  // Instances must share the key that signs cookies.
  AUTH_SECRET: "e2e-only-secret-shared-by-both-instances",
};

const server = {
  timeout: 300_000,
  reuseExistingServer: !process.env.CI,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Whole-quiz flows take ~60 actions; a 2-core machine running two browsers needs the room.
  timeout: 90_000,
  reporter: [["list"]],
  use: {
    // localhost, not 127.0.0.1: Next rewrites one to the other and auth callbacks then miss.
    baseURL: wholeSuiteOnKv ? KV_URLS[0] : `http://localhost:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "mobile",
      // The class flow makes its own Pixel 7 students around a desktop teacher; the HTTP
      // specs call the server directly, so one project is enough for them.
      testIgnore: [
        "kv/**",
        "http/**",
        "classes.spec.ts",
        "spanish-class.spec.ts",
        "auth-security.spec.ts",
        // The LMS page frames the app at a desktop's size; its flows are not the phone's.
        "lti.spec.ts",
      ],
      use: { ...devices["Pixel 7"], launchOptions },
    },
    {
      name: "desktop",
      // Lost signal and stale pages are a phone's life: the fault flows, and the flows whose
      // logic does not depend on the screen (tagged PHONE_ONLY), run on the phone only.
      testIgnore: ["kv/**", "faults.spec.ts"],
      grepInvert: /@phone-only/,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      // Multi-instance and store-fault checks. They switch the shared bridge into fault
      // modes, so when the whole suite also runs on KV they go last.
      name: "kv",
      testMatch: "kv/**",
      dependencies: wholeSuiteOnKv ? ["mobile", "desktop"] : [],
      use: { ...devices["Pixel 7"], launchOptions, baseURL: KV_URLS[0] },
    },
  ],
  // Started in order: the issuer, then the first app server builds; the others reuse it.
  webServer: [
    {
      command: "npx tsx test/lti/serve.ts",
      url: `${LTI_ISSUER}/jwks`,
      ...server,
    },
    {
      command: "npx tsx test/oidc/serve.ts",
      env: { OIDC_PORT: String(OIDC_PORT) },
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      ...server,
    },
    {
      // The production build, as readers get it: prerendered pages, minified JS.
      // A fresh embedded store per run, so specs see only their own attempts.
      command: `rm -rf .data/e2e && npm run build && npx next start -p ${PORT}`,
      // As behind one proxy: each spec can be its own network (X-Forwarded-For's last entry).
      env: { ...authEnv, DATA_DIR: ".data/e2e", TRUSTED_PROXY: "1" },
      url: `http://localhost:${PORT}`,
      ...server,
    },
    {
      command: "npx tsx test/kv/serve.ts",
      env: { BRIDGE_PORT: String(BRIDGE_PORT), BRIDGE_CONTROL_PORT: String(BRIDGE_CONTROL_PORT) },
      url: `${BRIDGE_CONTROL_URL}/health`,
      ...server,
    },
    // The first as behind a proxy (the whole suite may run on it: E2E_STORE=kv); the second
    // facing clients directly, as TRUSTED_PROXY unset means: X-Forwarded-For is ignored there.
    ...KV_URLS.map((url, i) => ({
      command: `npx next start -p ${new URL(url).port}`,
      env: i === 0 ? { ...kvEnv, TRUSTED_PROXY: "1" } : kvEnv,
      url,
      ...server,
    })),
  ],
});
