import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { BRIEFING_FILES, parseBriefing, type Briefing, type BriefingFiles } from "./parse-briefing";
import { formatProblem } from "./problem";
import { parseQuiz } from "./parse-quiz";

import { CONTENT_DIR, briefingDir, listBriefingSlugs } from "./content-folders";

// The folder layout has its own module (next.config.ts reads it); most callers come here.
export { CONTENT_DIR, briefingDir, listBriefingSlugs };

/** generateStaticParams for every route under /[slug]. */
export function briefingParams(): { slug: string }[] {
  return listBriefingSlugs().map((slug) => ({ slug }));
}

export function readBriefingFiles(dir: string): BriefingFiles {
  const files: BriefingFiles = {};
  for (const name of BRIEFING_FILES) {
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    if (existsSync(file)) files[name] = readFileSync(file, "utf8");
  }
  return files;
}

export const QUIZ_FILE = "quiz.json";

/**
 * The quiz file's text, or undefined. It holds answer keys: outside the content check, only
 * the server-only loader (lib/quiz/load-quiz.ts) may call this.
 */
export function readQuizFile(slug: string, root = CONTENT_DIR): string | undefined {
  const file = path.join(/*turbopackIgnore: true*/ briefingDir(root, slug), QUIZ_FILE);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** A briefing's quiz, validated against that briefing's facts. Holds keys: see readQuizFile. */
export function parseQuizOf(briefing: Briefing, root = CONTENT_DIR) {
  const file = `${relative(root, briefing.slug)}/${QUIZ_FILE}`;
  return parseQuiz(file, readQuizFile(briefing.slug, root), briefing);
}

const cache = new Map<string, Briefing>();

/** For pages: a briefing that fails its checks is a build error, never a half-rendered page. */
export function loadBriefing(slug: string, root = CONTENT_DIR): Briefing | undefined {
  const key = `${root}\0${slug}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!listBriefingSlugs(root).includes(slug)) return undefined;
  const { briefing, problems } = parseBriefing(
    slug,
    readBriefingFiles(briefingDir(root, slug)),
    relative(root, slug),
  );
  if (!briefing) {
    throw new Error(`Briefing "${slug}" is invalid:\n${problems.map(formatProblem).join("\n")}`);
  }
  cache.set(key, briefing);
  return briefing;
}

export function loadAllBriefings(root = CONTENT_DIR): Briefing[] {
  return listBriefingSlugs(root).map((slug) => loadBriefing(slug, root)!);
}

export function relative(root: string, slug: string): string {
  return path.relative(process.cwd(), briefingDir(root, slug)) || slug;
}
