import "server-only";
import { loadBriefing } from "@/lib/content/load-briefings.server";
import { parseQuizOf } from "@/lib/quiz/quiz-file.server";
import { formatProblem } from "@/lib/content/problem";
import type { Quiz } from "@/lib/quiz/quiz-schema";

const cache = new Map<string, Quiz>();

/** The quiz with its answer keys and explanations. Server-only: never pass it to a client. */
export function loadQuiz(slug: string): Quiz | undefined {
  const hit = cache.get(slug);
  if (hit) return hit;
  const briefing = loadBriefing(slug);
  if (!briefing) return undefined;
  const { quiz, problems } = parseQuizOf(briefing);
  if (!quiz)
    throw new Error(`Quiz "${slug}" is invalid:\n${problems.map(formatProblem).join("\n")}`);
  cache.set(slug, quiz);
  return quiz;
}
