import { formatDate } from "../content/format-date";
import { type Briefing } from "../content/parse-briefing";
import { formatProblem } from "../content/problem";
import type { Quiz } from "../quiz/quiz-schema";
import { type EditorialReport } from "./check-editorial";
import { hedgeLabel } from "./hedge-words";
import { locate, sourceSentences } from "./source-spans";
import { briefingUnits, quizUnits } from "./text-units";

export type ReportInput = { briefing: Briefing; quiz?: Quiz; dir: string; report: EditorialReport };

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The editor's report: one static page per run (never a route of the site, which does not
 * republish its sources). Per briefing: the whole source with every evidence span marked and
 * linked to its fact; the sentences no fact cites; each fact with its hedges, attribution and
 * everything citing it; the reading levels; and any problem the check found.
 */
export function editorReport(inputs: ReportInput[], generatedAt: string): string {
  const body = inputs.map(briefingReport).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Editor's report</title>
<style>
body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1b1b1f;background:#fbfaf7}
mark{background:#fff1b8;border-bottom:2px solid #b3261e}mark.n2{background:#ffd27a}
sup a{font-size:.7em;color:#8c1d18;text-decoration:none;margin-right:.1em}
.source p{font-family:Georgia,serif}table{border-collapse:collapse;width:100%}
td,th{border-top:1px solid #dedbd2;padding:.4rem;vertical-align:top;text-align:left}
.problem{color:#8c1d18}.muted{color:#55555e}code{font-size:.85em}
</style></head><body>
<h1>Editor's report</h1>
<p class="muted">Generated ${esc(generatedAt)} by <code>npm run content:report</code>. Highlighted: every evidence span; the numbers link to the facts that quote it.</p>
${body}
</body></html>
`;
}

function briefingReport({ briefing: b, quiz, dir, report }: ReportInput): string {
  const numbers = new Map(b.facts.map((f, i) => [f.id, i + 1]));
  const citing = new Map<string, string[]>();
  for (const unit of [...briefingUnits(b, dir), ...(quiz ? quizUnits(quiz, dir) : [])]) {
    // A fact's own wording is its row; "not in the report" cites nothing.
    if (unit.kind === "statement" || unit.notInReport) continue;
    const file = unit.file.split("/").pop();
    for (const id of new Set(unit.facts)) {
      citing.set(id, [...(citing.get(id) ?? []), `${file} ${unit.where} (${unit.kind})`]);
    }
  }
  const spans = b.facts.flatMap((f) => {
    const at = locate(b.source.text, f.evidence);
    return at ? [{ id: f.id, start: at[0], end: at[1] }] : [];
  });
  const uncited = sourceSentences(b.source.text).filter(
    (s) => !spans.some((span) => span.start < s.end && span.end > s.start),
  );
  const problems = report.problems.map((p) => `<li class="problem">${esc(formatProblem(p))}</li>`);
  const grades = report.grades.map(
    ({ label, level, max }) =>
      `<li>${esc(label)}: grade ${level.grade.toFixed(1)}${max === undefined ? "" : ` (at most ${max})`}, ${level.words} words in ${level.sentences} sentences</li>`,
  );
  const facts = b.facts.map((f) => {
    const info = report.facts.get(f.id);
    const kept = [
      ...(info?.hedges.hedges ?? []).map((h) => `${hedgeLabel(h.family)}: “${h.source}”`),
      ...(info?.hedges.scare ?? []).map((w) => `the source's own word “${w}”`),
    ];
    const terms = (info?.keyTerms ?? []).map((t) => `“${t.text}”`).join(", ");
    const when = info?.date
      ? `<br><span class="muted">dated ${esc(info.date.text)}: ${esc(info.date.from)}${info.date.to === info.date.from ? "" : ` to ${esc(info.date.to)}`}</span>`
      : "";
    const uses = citing.get(f.id) ?? [];
    return `<tr id="fact-${esc(f.id)}"><td>${numbers.get(f.id)}</td><td><code>${esc(f.id)}</code><br>${esc(f.statement)}<br><span class="muted">${esc(f.attribution)}</span></td><td>${esc(f.evidence)}${when}</td><td>${esc(terms) || "—"}</td><td>${kept.map(esc).join("<br>") || "—"}</td><td>${uses.map(esc).join("<br>") || '<span class="problem">cited by nothing</span>'}</td></tr>`;
  });
  return `<section>
<h2>${esc(b.title)} <span class="muted">(${esc(b.slug)}, source dated ${esc(formatDate(b.source.date))})</span></h2>
${problems.length ? `<h3>Problems</h3><ul>${problems.join("")}</ul>` : "<p>The content check finds no problem.</p>"}
<h3>Reading levels (Flesch–Kincaid)</h3><ul>${grades.join("")}</ul>
<h3>The source, with the evidence marked</h3>
<div class="source">${markSource(b.source.text, spans, numbers)}</div>
<h3>Sentences no fact cites (${uncited.length})</h3>
<ul>${uncited.map((s) => `<li>${esc(s.text)}</li>`).join("")}</ul>
<h3>Facts, their hedges and what cites them</h3>
<table><thead><tr><th>#</th><th>Fact and who says so</th><th>Evidence</th><th>Key terms every edition carries</th><th>Hedges our words must keep</th><th>Cited by</th></tr></thead>
<tbody>${facts.join("\n")}</tbody></table>
</section>`;
}

/** The source as paragraphs, each stretch marked with the facts whose evidence covers it. */
function markSource(
  text: string,
  spans: { id: string; start: number; end: number }[],
  numbers: Map<string, number>,
): string {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  let html = "";
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const starting = spans.filter((s) => s.start === from);
    html += starting
      .map((s) => `<sup><a href="#fact-${esc(s.id)}">${numbers.get(s.id)}</a></sup>`)
      .join("");
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    const piece = esc(text.slice(from, to));
    html += covering.length
      ? `<mark class="n${Math.min(2, covering.length)}" title="${covering.map((s) => esc(s.id)).join(", ")}">${piece}</mark>`
      : piece;
  }
  return html
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.trim()}</p>`)
    .join("\n");
}
