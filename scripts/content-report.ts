// `npm run content:report`: writes the editor's report (one static HTML file, not a route) to
// reports/editor-report.html. npm test builds it too, so it cannot rot.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkEditorial } from "../lib/editorial/check-editorial";
import { editorReport, type ReportInput } from "../lib/editorial/editor-report";
import { listBriefingSlugs, loadBriefing, relative } from "../lib/content/load-briefings.server";
import { parseQuizOf } from "../lib/quiz/quiz-file.server";

const inputs: ReportInput[] = listBriefingSlugs().map((slug) => {
  const briefing = loadBriefing(slug)!;
  const quiz = parseQuizOf(briefing).quiz;
  const dir = relative(slug);
  return { briefing, quiz, dir, report: checkEditorial(briefing, quiz, dir) };
});
const out = path.join("reports", "editor-report.html");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, editorReport(inputs, new Date().toISOString()));
console.log(`content:report: wrote ${out} (${inputs.length} briefing(s))`);
