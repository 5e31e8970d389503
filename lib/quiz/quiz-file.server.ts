import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  briefingDir,
  contentRoots,
  relative,
  type Roots,
} from "@/lib/content/load-briefings.server";
import type { Briefing } from "@/lib/content/parse-briefing";
import { parseQuiz } from "./parse-quiz";

// A briefing's quiz.json on disk. It holds the answer keys: pages never read it; the
// server-only loader (load-quiz.ts), the content check and the tests do.

const QUIZ_FILE = "quiz.json";

/**
 * The quiz file's text, or undefined. It holds answer keys: outside the content check, only
 * the server-only loader (load-quiz.ts) may call this.
 */
function readQuizFile(slug: string, roots: Roots = contentRoots()): string | undefined {
  const file = path.join(/*turbopackIgnore: true*/ briefingDir(slug, roots), QUIZ_FILE);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** A briefing's quiz, validated against that briefing's facts. Holds keys: see readQuizFile. */
export function parseQuizOf(briefing: Briefing, roots: Roots = contentRoots()) {
  const file = `${relative(briefing.slug, roots)}/${QUIZ_FILE}`;
  return parseQuiz(file, readQuizFile(briefing.slug, roots), briefing);
}
