import { existsSync } from "node:fs";
import path from "node:path";
import { checkEditorial, type GradeLine } from "./check-editorial";
import { checkSpanish, type EaseLine } from "./es/check-spanish";
import {
  briefingDir,
  contentRoots,
  listBriefingSlugs,
  readBriefingFiles,
  readEditionFiles,
  relative,
  type Roots,
} from "../content/load-briefings.server";
import { parseQuizOf } from "../quiz/quiz-file.server";
import { parseBriefing } from "../content/parse-briefing";
import type { Problem } from "../content/problem";

// The content check's whole run. Kept apart from the loaders pages use, so the editorial
// rules (and their word list and reading-level libraries) never enter a server bundle.

/**
 * Every folder's briefing and, where the briefing is sound, its quiz; where both are sound,
 * the editor's rules and the reading levels.
 */
export function checkAllBriefings(roots: Roots = contentRoots()): {
  slugs: string[];
  problems: Problem[];
  grades: (GradeLine & { slug: string })[];
  /** The Spanish editions' reading ease. */
  eases: (EaseLine & { slug: string })[];
  /** How many problems each briefing has, for the summary line. */
  counts: Map<string, number>;
} {
  const slugs = listBriefingSlugs(roots);
  const grades: (GradeLine & { slug: string })[] = [];
  const eases: (EaseLine & { slug: string })[] = [];
  const counts = new Map<string, number>();
  const problems = slugs.flatMap((slug) => {
    const found = checkOne(slug);
    counts.set(slug, found.length);
    return found;
  });
  return { slugs, problems, grades, eases, counts };

  function checkOne(slug: string): Problem[] {
    const dir = relative(slug, roots);
    const folder = briefingDir(slug, roots);
    const files = readBriefingFiles(folder);
    const { briefing, problems } = parseBriefing(slug, files, dir);
    if (!briefing) return problems;
    const parsed = parseQuizOf(briefing, roots);
    if (parsed.problems.length > 0) return parsed.problems;
    const editorial = checkEditorial(briefing, parsed.quiz, dir);
    grades.push(...editorial.grades.map((line) => ({ ...line, slug })));
    // A Spanish edition is optional: a briefing has one when its es/ folder exists.
    if (!existsSync(path.join(folder, "es"))) return editorial.problems;
    const spanish = checkSpanish({
      briefing,
      quiz: parsed.quiz,
      facts: editorial.facts,
      ordinary: editorial.ordinary,
      english: readEditionFiles(folder),
      spanish: readEditionFiles(folder, "es"),
      dir,
    });
    eases.push(...spanish.eases.map((line) => ({ ...line, slug })));
    return [...editorial.problems, ...spanish.problems];
  }
}
