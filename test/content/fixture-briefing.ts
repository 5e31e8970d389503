import path from "node:path";
import { checkEditorial } from "@/lib/editorial/check-editorial";
import { listBriefingSlugs, loadBriefing, relative } from "@/lib/content/load-briefings.server";
import { parseQuizOf } from "@/lib/quiz/quiz-file.server";
import type { Briefing } from "@/lib/content/parse-briefing";
import { formatProblem } from "@/lib/content/problem";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import type { Section } from "@/lib/content/schemas";
import type { Question } from "@/lib/quiz/question-types/type-registry";

/**
 * The fictional briefing of test/fixtures/briefings (a town council and its electric buses):
 * the content rules' tests break a copy of it, so no test depends on the real story.
 */
export const FIXTURE_ROOT = path.join(process.cwd(), "test", "fixtures", "briefings");
export const FIXTURE_SLUG = listBriefingSlugs(FIXTURE_ROOT)[0]!;
export const fixture = loadBriefing(FIXTURE_SLUG, FIXTURE_ROOT)!;
export const fixtureQuiz = parseQuizOf(fixture, FIXTURE_ROOT).quiz!;
/** The folder as messages name it: `test/fixtures/briefings/<slug>`. */
export const DIR = relative(FIXTURE_SLUG, FIXTURE_ROOT);

/** Every problem the editorial rules find in a mutated copy of the fixture, formatted. */
export function problemsWith(mutate: (b: Briefing, q: Quiz) => void): string[] {
  const b = structuredClone(fixture);
  const q = structuredClone(fixtureQuiz);
  mutate(b, q);
  return checkEditorial(b, q, DIR).problems.map(formatProblem);
}

type Listed = Extract<Section, { layout: "bullets" | "paragraphs" }>;
/** A section of plain text items (the sections these tests edit). */
export const section = (doc: Pick<Briefing, "sections">, id: string) =>
  doc.sections.find((s) => s.id === id) as Listed;
export const fact = (b: Briefing, id: string) => b.facts.find((f) => f.id === id)!;
export function question<T extends Question["type"]>(q: Quiz, id: string, type: T) {
  const found = q.questions.find((x) => x.id === id)!;
  if (found.type !== type) throw new Error(`question ${id} is ${found.type}, not ${type}`);
  return found as Extract<Question, { type: T }>;
}
