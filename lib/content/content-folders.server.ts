import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { EASY_FILE } from "./easy-file";

// Where briefings live, with no import beyond Node's own: next.config.ts reads this module
// (the easier-text rewrites), and the config loader cannot resolve the app's path aliases.

export const CONTENT_DIR = path.join(process.cwd(), "content", "briefings");

/**
 * The folders briefings are read from: content/briefings and, in tests only, the folder in
 * TEST_BRIEFINGS_DIR (test/fixtures/briefings: a fictional briefing the e2e suite also runs
 * on). lib/env/env.server.ts refuses the variable on a deployment, so no fixture is ever published.
 */
export function contentRoots(): string[] {
  const extra = process.env.TEST_BRIEFINGS_DIR;
  return extra ? [CONTENT_DIR, path.resolve(extra)] : [CONTENT_DIR];
}

/** One folder or several; tests pass their own temporary folder. */
export type Roots = string | readonly string[];
const list = (roots: Roots): readonly string[] => (typeof roots === "string" ? [roots] : roots);

function foldersIn(root: string): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ root)) return [];
  return readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** Every folder of every root is a briefing: adding one needs no code change. */
export function listBriefingSlugs(roots: Roots = contentRoots()): string[] {
  const slugs = list(roots).flatMap(foldersIn);
  const twice = slugs.find((slug, i) => slugs.indexOf(slug) !== i);
  if (twice) throw new Error(`Briefing "${twice}" is in two content folders: ${list(roots)}`);
  return slugs.sort();
}

// Content is shipped explicitly (outputFileTracingIncludes in next.config.ts), so the
// bundler need not trace these computed paths; the comments keep it from tracing everything.
/** The folder of a briefing: in the first root that has it (the first root when none does). */
export function briefingDir(slug: string, roots: Roots = contentRoots()): string {
  const all = list(roots);
  const root = all.find((r) => foldersIn(r).includes(slug)) ?? all[0]!;
  return path.join(/*turbopackIgnore: true*/ root, slug);
}

/** The briefings whose folder holds a file or folder ("es", "es/briefing.easy.json"). */
export function slugsWith(relativePath: string, roots: Roots = contentRoots()): string[] {
  return listBriefingSlugs(roots).filter((slug) =>
    existsSync(path.join(/*turbopackIgnore: true*/ briefingDir(slug, roots), relativePath)),
  );
}

/** The briefings whose folder has an easier version (the content check proves it valid). */
export function slugsWithEasyText(roots: Roots = contentRoots()): string[] {
  return slugsWith(EASY_FILE, roots);
}
