import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  briefingDir,
  contentRoots,
  relative,
  type Roots,
} from "@/lib/content/load-briefings.server";
import type { Briefing } from "@/lib/content/parse-briefing";
import type { Lang } from "@/lib/i18n/lang";
import { parseQuiz } from "./parse-quiz";
import { quizSchema, type Quiz } from "./quiz-schema";

// A briefing's quiz.json on disk. It holds the answer keys: pages never read it; the
// server-only loader (load-quiz.ts), the content check and the tests do.

const QUIZ_FILE = "quiz.json";

/**
 * The quiz file's text, or undefined. It holds answer keys: outside the content check, only
 * the server-only loader (load-quiz.ts) may call this.
 */
function readQuizFile(
  slug: string,
  roots: Roots = contentRoots(),
  lang: Lang = "en",
): string | undefined {
  const dir = briefingDir(slug, roots);
  const file = path.join(/*turbopackIgnore: true*/ dir, lang === "en" ? "" : lang, QUIZ_FILE);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** A briefing's quiz, validated against that briefing's facts. Holds keys: see readQuizFile. */
export function parseQuizOf(briefing: Briefing, roots: Roots = contentRoots()) {
  const file = `${relative(briefing.slug, roots)}/${QUIZ_FILE}`;
  return parseQuiz(file, readQuizFile(briefing.slug, roots), briefing);
}

/**
 * A translated quiz: the English one's questions, ids and keys with its words in another
 * language (content:check's mirror rule proves only words differ), or undefined when the
 * briefing has no such edition. Holds keys: see readQuizFile.
 */
export function readTranslatedQuiz(slug: string, lang: Lang): Quiz | undefined {
  const raw = readQuizFile(slug, contentRoots(), lang);
  return raw === undefined ? undefined : quizSchema.parse(JSON.parse(raw));
}
