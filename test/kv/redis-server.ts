// Starts a throwaway redis-server for tests: loopback only, no persistence, a free port.
// Installs Debian's redis-server when missing and we are root with apt (as CI is);
// otherwise reports why it cannot, and the caller decides whether that skips or fails.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export type RedisServer = { url: string; port: number; stop: () => Promise<void> };

function hasRedisServer(): boolean {
  return spawnSync("sh", ["-c", "command -v redis-server"]).status === 0;
}

function canInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
}

/** Makes sure `redis-server` is on PATH; returns why not when it cannot be. */
export function ensureRedisServer(): { ok: true } | { ok: false; reason: string } {
  if (hasRedisServer()) return { ok: true };
  if (!canInstallWithApt()) {
    return {
      ok: false,
      reason: "redis-server is not installed (Debian/Ubuntu: `sudo apt-get install redis-server`)",
    };
  }
  console.log("[redis] redis-server not found; installing Debian's redis-server with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "redis-server"], { stdio: "inherit", env });
  return hasRedisServer() ? { ok: true } : { ok: false, reason: "apt-get could not install it" };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A fresh, empty Redis on a free loopback port. Call `ensureRedisServer` first. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start:\n${log}`)),
      10_000,
    );
    const check = () => {
      if (log.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${child.exitCode}:\n${log}`));
      } else setTimeout(check, 25);
    };
    check();
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
