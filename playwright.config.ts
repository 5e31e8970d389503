import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

// Debian's Chromium, never a downloaded browser. The flags keep it from calling home,
// which this offline machine refuses (and slows every start).
const launchOptions = {
  executablePath: chromium,
  args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
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
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "mobile", use: { ...devices["Pixel 7"], launchOptions } },
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
  webServer: {
    // The production build, as readers get it: prerendered pages, minified JS.
    // A fresh embedded store per run, so specs see only their own attempts.
    command: `rm -rf .data/e2e && npm run build && npx next start -p ${PORT}`,
    env: { DATA_DIR: ".data/e2e" },
    url: `http://localhost:${PORT}`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
  },
});
