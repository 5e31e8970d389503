import type { FactInfo } from "./fact-info";
import { namesIn, type KeyTerm, type Ordinary } from "./key-terms";
import { inPool, type Renderings, type TermPool } from "./term-pool";
import { quantitiesIn, type Quantity } from "./quantities";

/**
 * "Say no more than the evidence": the names, numbers and dates of our text that the pool
 * (the cited evidence spans, who says them, background) does not hold. A number is held only
 * with its kind and unit: "3 September" is not the evidence's "three votes".
 */
export function ungrounded(
  text: string,
  pool: TermPool,
  ordinary: Ordinary,
  renderings: Renderings,
): KeyTerm[] {
  const terms: KeyTerm[] = [...namesIn(text, ordinary), ...quantitiesIn(text)];
  const seen = new Set<string>();
  return terms.filter((t) => {
    if (inPool(t, pool, renderings) || seen.has(t.text)) return false;
    seen.add(t.text);
    return true;
  });
}

const KIND_WORDS: Record<Quantity["kind"], string> = {
  count: "number",
  money: "amount",
  share: "share",
  date: "date",
};

/**
 * A message for one ungrounded term, naming what the cited evidence does say, so the editor
 * sees the nearest right words: `says “16 October”, which the evidence of fact "vote" does not
 * (it has “Tuesday”, “14 October”)`.
 */
export function unprovenMessage(term: KeyTerm, cited: FactInfo[]): string {
  const whose =
    cited.length === 0
      ? "the facts it cites"
      : `the evidence of ${cited.length === 1 ? "fact" : "facts"} ${cited.map((f) => `"${f.id}"`).join(", ")}`;
  if (term.kind === "name" || term.kind === "quote") {
    return `names “${term.text}”, which ${whose} does not: cite the fact that names it, or add it to glossary.json as background`;
  }
  const theirs = cited.flatMap((f) => f.pool.quantities);
  const near = theirs.filter(
    (q) => q.kind === term.kind || ("value" in q && "value" in term && q.value === term.value),
  );
  const has =
    near.length > 0
      ? `it has ${[...new Set(near.map((q) => `“${q.text}”`))].slice(0, 4).join(", ")}`
      : `it gives no ${KIND_WORDS[term.kind]}`;
  return `says “${term.text}”, which ${whose} does not (${has}): use the evidence's own ${KIND_WORDS[term.kind]}${term.kind === "count" ? " and what it counts" : ""}, or cite the fact that gives it`;
}
