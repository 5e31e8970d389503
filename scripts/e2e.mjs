// `npm run test:e2e`: finds Debian's Chromium (installing it when it can), then runs Playwright.
// Playwright's own browser download cannot work offline, so it is never attempted.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function findChromium() {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium"].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
}

let chromium = findChromium();
if (!chromium && canInstallWithApt()) {
  console.log("e2e: Chromium not found; installing Debian's chromium with apt-get…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  chromium = findChromium();
}
if (!chromium) {
  console.error(
    "e2e: no Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}

const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
