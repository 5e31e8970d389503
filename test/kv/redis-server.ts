// Starts a throwaway redis-server for tests: loopback only, no persistence, a free port.
// Installs Debian's redis-server when missing and we are root with apt (as CI is);
// otherwise reports why it cannot, and the caller decides whether that skips or fails.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { ensureDebianCommand } from "../support/debian-command";

export type RedisServer = { url: string; port: number; stop: () => Promise<void> };

/** Makes sure `redis-server` is on PATH; returns why not when it cannot be. */
export const ensureRedisServer = () => ensureDebianCommand("redis-server", "redis-server");

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
