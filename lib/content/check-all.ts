import { checkEditorial, type GradeLine } from "./editorial/check-editorial";
import {
  briefingDir,
  CONTENT_DIR,
  listBriefingSlugs,
  parseQuizOf,
  readBriefingFiles,
  relative,
} from "./load-briefings";
import { parseBriefing } from "./parse-briefing";
import type { Problem } from "./problem";

// The content check's whole run. Kept apart from the loaders pages use, so the editorial
// rules (and their word list and reading-level libraries) never enter a server bundle.

/**
 * Every folder's briefing and, where the briefing is sound, its quiz; where both are sound,
 * the editor's rules and the reading levels.
 */
export function checkAllBriefings(root = CONTENT_DIR): {
  slugs: string[];
  problems: Problem[];
  grades: (GradeLine & { slug: string })[];
} {
  const slugs = listBriefingSlugs(root);
  const grades: (GradeLine & { slug: string })[] = [];
  const problems = slugs.flatMap((slug) => {
    const dir = relative(root, slug);
    const files = readBriefingFiles(briefingDir(root, slug));
    const { briefing, problems } = parseBriefing(slug, files, dir);
    if (!briefing) return problems;
    const parsed = parseQuizOf(briefing, root);
    if (parsed.problems.length > 0) return parsed.problems;
    const editorial = checkEditorial(briefing, parsed.quiz, dir);
    grades.push(...editorial.grades.map((line) => ({ ...line, slug })));
    return editorial.problems;
  });
  return { slugs, problems, grades };
}
