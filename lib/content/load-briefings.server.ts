import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { BRIEFING_FILES, parseBriefing, type Briefing, type BriefingFiles } from "./parse-briefing";
import { formatProblem } from "./problem";
import { EASY_FILE } from "./easy-file";

import {
  briefingDir,
  CONTENT_DIR,
  contentRoots,
  listBriefingSlugs,
  type Roots,
} from "./content-folders.server";

// The folder layout has its own module (next.config.ts reads it); most callers come here.
export { CONTENT_DIR, briefingDir, contentRoots, listBriefingSlugs, type Roots };

export function readBriefingFiles(dir: string): BriefingFiles {
  const files: BriefingFiles = {};
  for (const name of BRIEFING_FILES) {
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    if (existsSync(file)) files[name] = readFileSync(file, "utf8");
  }
  return files;
}

/** The files of an edition in another language, kept in the briefing's `<lang>/` folder. */
const EDITION_FILES = [
  "source.json",
  "facts.json",
  "briefing.json",
  EASY_FILE,
  "glossary.json",
  "quiz.json",
] as const;

/**
 * A briefing's files in English (`lang` undefined) or in an edition's folder, as text, for the
 * content check (quiz.json holds keys: pages never read it through here).
 */
export function readEditionFiles(dir: string, lang?: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of EDITION_FILES) {
    const file = path.join(/*turbopackIgnore: true*/ dir, lang ?? "", name);
    if (existsSync(file)) files[name] = readFileSync(file, "utf8");
  }
  return files;
}

const cache = new Map<string, Briefing>();

/** For pages: a briefing that fails its checks is a build error, never a half-rendered page. */
export function loadBriefing(slug: string, roots: Roots = contentRoots()): Briefing | undefined {
  const key = `${String(roots)}\0${slug}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!listBriefingSlugs(roots).includes(slug)) return undefined;
  const { briefing, problems } = parseBriefing(
    slug,
    readBriefingFiles(briefingDir(slug, roots)),
    relative(slug, roots),
  );
  if (!briefing) {
    throw new Error(`Briefing "${slug}" is invalid:\n${problems.map(formatProblem).join("\n")}`);
  }
  cache.set(key, briefing);
  return briefing;
}

/** Every briefing, newest source first (then by slug): the order every list of them shows. */
export function loadAllBriefings(roots: Roots = contentRoots()): Briefing[] {
  return listBriefingSlugs(roots)
    .map((slug) => loadBriefing(slug, roots)!)
    .sort((a, b) => b.source.date.localeCompare(a.source.date) || a.slug.localeCompare(b.slug));
}

/** A briefing's folder as messages name it: relative to where the command runs. */
export function relative(slug: string, roots: Roots = contentRoots()): string {
  return path.relative(process.cwd(), briefingDir(slug, roots)) || slug;
}
