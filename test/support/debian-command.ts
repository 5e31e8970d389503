// Makes sure a command from Debian's packages is on PATH for the tests (redis-server,
// xmllint): installed with apt-get when missing and we are root with apt, as CI is;
// otherwise says why not, and the caller decides whether that skips or fails.
import { execFileSync, spawnSync } from "node:child_process";

/** Whether a command is on PATH. */
export const onPath = (command: string) =>
  spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

function canInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && onPath("apt-get");
}

export function ensureDebianCommand(
  command: string,
  debianPackage: string,
): { ok: true } | { ok: false; reason: string } {
  if (onPath(command)) return { ok: true };
  if (!canInstallWithApt()) {
    return {
      ok: false,
      reason: `${command} is not installed (Debian/Ubuntu: \`sudo apt-get install ${debianPackage}\`)`,
    };
  }
  console.log(`[${command}] not found; installing Debian's ${debianPackage} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", debianPackage], { stdio: "inherit", env });
  return onPath(command) ? { ok: true } : { ok: false, reason: "apt-get could not install it" };
}
