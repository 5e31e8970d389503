import type { Problem } from "../content/problem";
import { poolFor, type Background, type FactInfo } from "./fact-info";
import { ungrounded, unprovenMessage } from "./grounding";
import { droppedHedges } from "./hedges";
import type { Ordinary } from "./key-terms";
import type { Renderings } from "./term-pool";
import { misquotes } from "./quotes";
import type { TextUnit } from "./text-units";

export type UnitContext = {
  facts: Map<string, FactInfo>;
  background: Background;
  ordinary: Ordinary;
  renderings: Renderings;
  source: string;
};

/**
 * The rules every piece of our words keeps (docs/editorial.md): it names, counts and dates
 * only what the evidence it cites does (or background: glossary, the dateline, the outlet, the
 * who's who), keeps the hedges of that evidence, and quotes only the source's own words.
 */
export function unitProblems(unit: TextUnit, ctx: UnitContext): Problem[] {
  const problems: Problem[] = [];
  const report = (message: string) => problems.push({ file: unit.file, id: unit.where, message });
  const cited = unit.facts.flatMap((id) => ctx.facts.get(id) ?? []);
  // The who's who grounds a person's name and role for every other text, not for itself.
  const extra = unit.person ? [ctx.background.pool] : [ctx.background.pool, ctx.background.people];
  const pool = poolFor(ctx.facts, unit.facts, extra, unit.allow);
  for (const term of ungrounded(unit.text, pool, ctx.ordinary, ctx.renderings)) {
    report(unprovenMessage(term, cited));
  }
  if (hedged(unit)) {
    const facts = cited.map((f) => ({ id: f.id, hedges: f.hedges }));
    droppedHedges(unit.text, facts, unit.lead, ctx.background.who).forEach(report);
  }
  for (const words of misquotes(unit.text, ctx.source)) {
    report(`puts “${words}” in quote marks, but the source never says it: quote its exact words`);
  }
  return problems;
}

/** Speakers, prompts and "not in the report" reasons state nothing a hedge could qualify. */
function hedged(unit: TextUnit): boolean {
  return unit.kind !== "speaker" && unit.kind !== "prompt" && !unit.notInReport;
}
