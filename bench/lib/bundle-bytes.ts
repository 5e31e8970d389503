// A route's first-load JavaScript from a build's own record of it (Next 16 writes the chunk
// list per route to .next/diagnostics/route-bundle-stats.json), gzipped here: the same
// bytes every time for the same build, so budgets on it cannot flake.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type RouteStats = { route: string; firstLoadChunkPaths: string[] };

export function routeJs(appDir: string, route: string): { raw: number; gzip: number } {
  return sum(routeStats(appDir, route).firstLoadChunkPaths, appDir);
}

function routeStats(appDir: string, route: string): RouteStats {
  const statsFile = path.join(appDir, ".next/diagnostics/route-bundle-stats.json");
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as RouteStats[];
  const entry = stats.find((s) => s.route === route);
  if (!entry) throw new Error(`route ${route} is not in ${statsFile}`);
  return entry;
}

function sum(chunks: string[], appDir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const chunk of chunks) {
    const bytes = readFileSync(path.join(appDir, chunk));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/**
 * JavaScript a route's first-load chunks can fetch later with import() (Turbopack lists those
 * chunks by path in the loader): the quiz's validation, loaded on first use, and the Listen
 * engine, loaded on first tap. `only` picks chunks by their code (one feature's, say).
 */
export function routeLazyJs(
  appDir: string,
  route: string,
  only: (code: string) => boolean = () => true,
): { raw: number; gzip: number; chunks: number } {
  const first = new Set(routeStats(appDir, route).firstLoadChunkPaths.map((p) => path.basename(p)));
  const later = new Set<string>();
  for (const chunk of first) {
    const code = readFileSync(path.join(appDir, ".next/static/chunks", chunk), "utf8");
    for (const [, name] of code.matchAll(/"static\/chunks\/([^"/]+\.js)"/g))
      if (!first.has(name!)) later.add(name!);
  }
  const picked = [...later]
    .map((name) => path.join(".next/static/chunks", name))
    .filter((file) => only(readFileSync(path.join(appDir, file), "utf8")));
  return { ...sum(picked, appDir), chunks: picked.length };
}

export function gzipFile(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
