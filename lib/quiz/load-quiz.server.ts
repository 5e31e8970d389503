import "server-only";
import { loadBriefing } from "@/lib/content/load-briefings.server";
import { parseQuizOf, readTranslatedQuiz } from "@/lib/quiz/quiz-file.server";
import type { Lang } from "@/lib/i18n/lang";
import { formatProblem } from "@/lib/content/problem";
import type { Quiz } from "@/lib/quiz/quiz-schema";

const cache = new Map<string, Quiz>();

/**
 * The quiz with its answer keys and explanations. Server-only: never pass it to a client.
 * In another language, the same questions and keys in that edition's words (undefined when
 * the briefing has no such edition); scoring always uses the English one's keys.
 */
export function loadQuiz(slug: string, lang: Lang = "en"): Quiz | undefined {
  const key = `${slug}\0${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const briefing = loadBriefing(slug);
  if (!briefing) return undefined;
  const quiz = lang === "en" ? englishQuiz(slug, briefing) : readTranslatedQuiz(slug, lang);
  if (quiz) cache.set(key, quiz);
  return quiz;
}

function englishQuiz(slug: string, briefing: Parameters<typeof parseQuizOf>[0]) {
  const { quiz, problems } = parseQuizOf(briefing);
  if (!quiz)
    throw new Error(`Quiz "${slug}" is invalid:\n${problems.map(formatProblem).join("\n")}`);
  return quiz;
}
