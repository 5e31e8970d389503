import { normalizeForMatch } from "../content/normalize";
import type { Problem } from "../content/problem";
import type { FactInfo } from "./fact-info";
import { wordsOf } from "./words";

const POINTING = /^(?:he|she|they|it|his|her|their|the|this|that)$/i;

/**
 * A fact's `attribution` is who the source credits (docs/editorial.md, "Who says so"). The
 * speaker it names must be in the source's crediting sentence, or, where that sentence points
 * back ("he was quoted as saying", "the official said"), earlier in the source; a claim the
 * source credits to someone is not the report's own, and one it credits to no one is.
 */
export function attributionProblems(
  facts: Map<string, FactInfo>,
  source: string,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const text = normalizeForMatch(source).toLowerCase();
  for (const fact of facts.values()) {
    const { speaker, hedges } = fact.hedges;
    const credit = hedges.find((h) => h.family === "attributed");
    const report = (message: string) => problems.push({ file, id: fact.id, message });
    const misnamed = () =>
      report(
        `is credited to “${speaker.label}”, but the source credits it: “${credit!.source}”: name who the source names`,
      );
    if (!credit) {
      if (!speaker.isReport) {
        report(
          `is credited to “${speaker.label}”, but the source credits it to no one where it says it: credit it to the report`,
        );
      }
      continue;
    }
    if (!credit.credit) continue; // a direct quote with no one named beside it
    if (speaker.isReport && speaker.words[0] === "report") {
      if (!/\b(?:report|reportedly|allegedly|reported)\b/i.test(credit.source)) misnamed();
      continue;
    }
    const name = speaker.words.at(-1)!.toLowerCase();
    const stem = name.slice(0, Math.max(4, name.length - 2));
    if (wordsOf(credit.credit).some((w) => w.toLowerCase().startsWith(stem))) continue;
    // "he was quoted as saying", "the official said": the speaker must have been named before.
    const points = wordsOf(credit.subject ?? "").some((w) => POINTING.test(w));
    const before = text.slice(0, text.indexOf(normalizeForMatch(fact.evidence).toLowerCase()));
    if (points && before.includes(stem)) continue;
    misnamed();
  }
  return problems;
}
