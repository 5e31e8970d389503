import { formatDate } from "../content/format-date";
import type { Briefing } from "../content/parse-briefing";
import type { SectionItem } from "../content/schemas";
import { dateOf, type Interval } from "./dates";
import { factHedges, type FactHedges } from "./source-hedges";
import { keyTermsOf, type KeyTerm, type Ordinary } from "./key-terms";
import { inPool, termPool, type Renderings, type TermPool } from "./term-pool";
import { commonStems, contextOf, stemsOf } from "./words";

/** What the editorial rules know of one fact. */
export type FactInfo = {
  id: string;
  evidence: string;
  statement: string;
  attribution: string;
  /** The paragraph of the source the evidence sits in. */
  context: string;
  hedges: FactHedges;
  /** Its evidence span and who says it: where our words' names and numbers must come from. */
  pool: TermPool;
  /**
   * What every edition must carry where it tells the fact: the terms of its evidence span that
   * its statement says (the statement is the editor's word on what the fact is: an evidence
   * span's "on Monday" need not travel when the statement leaves it out).
   */
  keyTerms: KeyTerm[];
  date?: Interval;
};

/** What any text may name without citing a fact for it: background, the dateline, the outlet. */
export type Background = {
  pool: TermPool;
  people: TermPool;
  /** Stems of the who's who's names and roles: a sentence of only these says who someone is. */
  who: Set<string>;
};

export function factInfo(
  b: Briefing,
  ordinary: Ordinary,
  renderings: Renderings,
): Map<string, FactInfo> {
  const common = commonStems(b.source.text);
  return new Map(
    b.facts.map((f) => {
      const pool = termPool([f.evidence, f.attribution]);
      const span = termPool([f.evidence]);
      const keyTerms = keyTermsOf(f.statement, ordinary).filter((t) => inPool(t, span, renderings));
      const date = dateOf(f.evidence, b.source.date);
      const info: FactInfo = {
        ...f,
        context: contextOf(b.source.text, f.evidence),
        hedges: factHedges(
          b.source.text,
          f.evidence,
          f.attribution,
          common,
          b.source.originalReporting,
        ),
        pool,
        keyTerms,
        ...(date && { date }),
      };
      return [f.id, info];
    }),
  );
}

export function background(b: Briefing): Background {
  // A person's name and role, grounded once in the "people" section, may be used anywhere.
  const people = b.sections
    .flatMap((s): SectionItem[] => s.items)
    .flatMap((item) => ("role" in item ? [`${item.name} ${item.role}`] : []));
  return {
    pool: termPool([
      ...b.glossary.flatMap((g) => [g.term, ...(g.forms ?? [])]),
      b.source.date,
      formatDate(b.source.date),
      b.source.originalReporting,
    ]),
    people: termPool(people),
    who: new Set(people.flatMap((p) => [...stemsOf(p)])),
  };
}

/** The pool a text citing these facts may draw its names and numbers from. */
export function poolFor(
  facts: Map<string, FactInfo>,
  ids: string[],
  extra: TermPool[],
  allow = "",
): TermPool {
  const pools = [...ids.flatMap((id) => facts.get(id)?.pool ?? []), ...extra, termPool([allow])];
  return {
    lowers: new Set(pools.flatMap((p) => [...p.lowers])),
    quantities: pools.flatMap((p) => p.quantities),
  };
}
