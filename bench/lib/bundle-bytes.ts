// A route's first-load JavaScript from a build's own record of it (Next 16 writes the chunk
// list per route to .next/diagnostics/route-bundle-stats.json), gzipped here: the same
// bytes every time for the same build, so budgets on it cannot flake.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type RouteStats = { route: string; firstLoadChunkPaths: string[] };

export function routeJs(appDir: string, route: string): { raw: number; gzip: number } {
  const statsFile = path.join(appDir, ".next/diagnostics/route-bundle-stats.json");
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as RouteStats[];
  const entry = stats.find((s) => s.route === route);
  if (!entry) throw new Error(`route ${route} is not in ${statsFile}`);
  let raw = 0;
  let gzip = 0;
  for (const chunk of entry.firstLoadChunkPaths) {
    const bytes = readFileSync(path.join(appDir, chunk));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

export function gzipFile(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
