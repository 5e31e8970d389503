import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { EASY_FILE } from "./easy-file";

// Where briefings live, with no import beyond Node's own: next.config.ts reads this module
// (the easier-text rewrites), and the config loader cannot resolve the app's path aliases.

export const CONTENT_DIR = path.join(process.cwd(), "content", "briefings");

// Content is shipped explicitly (outputFileTracingIncludes in next.config.ts), so the
// bundler need not trace these computed paths; the comments keep it from tracing everything.
export function briefingDir(root: string, slug: string): string {
  return path.join(/*turbopackIgnore: true*/ root, slug);
}

/** Every folder under content/briefings is a briefing: adding one needs no code change. */
export function listBriefingSlugs(root = CONTENT_DIR): string[] {
  return readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The briefings whose folder has an easier version (the content check proves it valid). */
export function slugsWithEasyText(root = CONTENT_DIR): string[] {
  return listBriefingSlugs(root).filter((slug) =>
    existsSync(path.join(/*turbopackIgnore: true*/ briefingDir(root, slug), EASY_FILE)),
  );
}
