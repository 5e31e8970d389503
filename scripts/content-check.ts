// `npm run content:check`: validates every briefing folder, proves its grounding, holds the
// editor's rules (docs/editorial.md) and prints each briefing's reading level.
import { checkAllBriefings } from "../lib/editorial/check-all";
import { formatProblem } from "../lib/content/problem";

const { slugs, problems, grades, eases, counts } = checkAllBriefings();
if (slugs.length === 0) {
  console.error("content:check: no briefings found under content/briefings/");
  process.exit(1);
}
for (const { slug, label, level, max } of grades) {
  const limit = max === undefined ? "" : ` (at most ${max})`;
  console.log(
    `content:check: ${slug}: ${label} reads at grade ${level.grade.toFixed(1)}${limit}, ${level.words} words in ${level.sentences} sentences`,
  );
}
for (const { slug, label, ease, min } of eases) {
  console.log(
    `content:check: ${slug}: ${label} reads at INFLESZ ${ease.ease.toFixed(1)} (at least ${min}), ${ease.words} words in ${ease.sentences} sentences, ${ease.syllables} syllables`,
  );
}
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  const each = [...counts].filter(([, n]) => n > 0).map(([slug, n]) => `${slug} ${n}`);
  console.error(
    `content:check: ${problems.length} problem(s) in ${slugs.length} briefing(s): ${each.join(", ")}`,
  );
  process.exit(1);
}
console.log(`content:check: ${slugs.length} briefing(s) OK (${slugs.join(", ")})`);
