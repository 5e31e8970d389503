// `npm run content:check`: validates every briefing folder and proves its grounding.
import { checkAllBriefings } from "../lib/content/load-briefings";
import { formatProblem } from "../lib/content/parse-briefing";

const { slugs, problems } = checkAllBriefings();
if (slugs.length === 0) {
  console.error("content:check: no briefings found under content/briefings/");
  process.exit(1);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`content:check: ${problems.length} problem(s) in ${slugs.length} briefing(s)`);
  process.exit(1);
}
console.log(`content:check: ${slugs.length} briefing(s) OK (${slugs.join(", ")})`);
