import { singular } from "./number-words";
import { quantitiesIn, type Quantity } from "./quantities";
import { within } from "./quantity-match";
import type { KeyTerm } from "./key-terms";
import { withoutPossessive, wordsOf } from "./words";

// Whether a text carries a key term: the pool of words and quantities a text offers, matched
// by stem for names and by kind, value and unit for quantities, with an edition's renderings.

const stemOf = (lower: string) => lower.slice(0, Math.max(4, lower.length - 2));

/**
 * Whether a word of a name occurs among allowed words, by stem either way: "Ukraine" finds
 * "Ukrainian" and "Ukrainians" finds "Ukraine's". Short words (US, UN) must match whole.
 */
function nameWordIn(word: string, lowers: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (lower.length <= 3) return lowers.has(lower);
  const stem = stemOf(lower);
  for (const allowed of lowers) {
    if (allowed.startsWith(stem) || (allowed.length > 3 && lower.startsWith(stemOf(allowed)))) {
      return true;
    }
  }
  return false;
}

/**
 * Equivalent words an editor declared for one briefing (`terms.json`): what a count counts,
 * said in our words ("areas" for the source's "buckets").
 */
export type Renderings = ReadonlyMap<string, ReadonlySet<string>>;

function sameUnit(renderings: Renderings) {
  return (ours: string, theirs: string) =>
    ours === theirs ||
    renderings.get(singular(theirs))?.has(singular(ours)) === true ||
    renderings.get(singular(ours))?.has(singular(theirs)) === true;
}

/**
 * What a set of allowed texts holds, to look terms up in: their words (for names and quoted
 * words) and their quantities (numbers and dates, matched with kind and unit).
 */
export type TermPool = { lowers: Set<string>; quantities: Quantity[] };

export function termPool(texts: string[]): TermPool {
  const lowers = new Set<string>();
  const quantities: Quantity[] = [];
  for (const text of texts) {
    for (const word of wordsOf(text)) lowers.add(withoutPossessive(word).toLowerCase());
    quantities.push(...quantitiesIn(text));
  }
  return { lowers, quantities };
}

/** Whether a term of ours is in the pool: every word of a name, a quantity within one of its own. */
export function inPool(term: KeyTerm, pool: TermPool, renderings: Renderings = new Map()): boolean {
  switch (term.kind) {
    case "name":
      return term.words.every((w) => nameWordIn(w, pool.lowers));
    case "quote":
      return wordsOf(term.text).every((w) => nameWordIn(w, pool.lowers));
    default: {
      const same = sameUnit(renderings);
      return pool.quantities.some((q) => within(term, q, same));
    }
  }
}

/**
 * Whether a text carries a term: a name by its last word ("Ortiz" carries "Lena Ortiz"),
 * a quoted word by its stem, a number or date by a quantity of the same kind, value and unit
 * that says no less ("24–26 October" carries "24 to 26 October").
 */
export function carries(pool: TermPool, term: KeyTerm, renderings: Renderings = new Map()) {
  switch (term.kind) {
    case "name":
      return nameWordIn(term.words.at(-1)!, pool.lowers);
    case "quote":
      return inPool(term, pool);
    default: {
      const same = sameUnit(renderings);
      return pool.quantities.some((q) => within(q, term, same) && asPrecise(q, term));
    }
  }
}

/** A carried quantity keeps the term's days, month, weekday and unit; a year may go unsaid. */
function asPrecise(q: Quantity, term: Quantity): boolean {
  if (term.kind === "count") return !term.unit || (q.kind === "count" && q.unit !== undefined);
  if (term.kind !== "date" || q.kind !== "date") return true;
  const sameDays = !term.days || (q.days?.[0] === term.days[0] && q.days[1] === term.days[1]);
  return (
    sameDays &&
    (term.month === undefined || q.month === term.month) &&
    (term.weekday === undefined || q.weekday === term.weekday)
  );
}

/** An edition's renderings from terms.json, keyed by the source word's singular. */
export function renderingsOf(
  terms: Record<string, Record<string, string[]>>,
  lang: string,
): Renderings {
  return new Map(
    Object.entries(terms[lang] ?? {}).map(([word, ours]) => [
      singular(word),
      new Set(ours.map(singular)),
    ]),
  );
}
