import { readFileSync } from "node:fs";
import wordListPath from "word-list";
import { normalizeForMatch } from "../content/normalize";
import { MONTHS, singular, WEEKDAYS } from "./number-words";
import { quantitiesIn, within, type Quantity } from "./quantities";
import { withoutPossessive, wordsOf } from "./words";

/**
 * A fact's key terms: what a reader must meet wherever the fact is told, at every level and
 * in every language. Names and places ("Lena Ortiz", "Boston"), numbers with what they count
 * and dates (see quantities.ts), and the words the source itself puts in quote marks.
 */
export type NameTerm = { kind: "name"; text: string; words: string[] };
export type QuoteTerm = { kind: "quote"; text: string };
export type KeyTerm = NameTerm | QuoteTerm | Quantity;

/** Whether a lower-case word is an ordinary word, so a capital at a sentence's start is no name. */
export type Ordinary = (lower: string) => boolean;

const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);

/**
 * Runs of capitalised words ("Lena Ortiz", "White House"), each a name. A sentence's first
 * word counts only when it is not an ordinary word; month and day names are dates, not names.
 */
export function namesIn(text: string, ordinary: Ordinary): NameTerm[] {
  const out: NameTerm[] = [];
  // A closing quote mark may follow the full stop: `…now.” What is this?`
  const sentences = normalizeForMatch(text).split(/(?<=[.!?:;…]["')]*)\s+|\s+[–—-]\s+/);
  for (const sentence of sentences) {
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0) out.push({ kind: "name", text: run.join(" "), words: run });
      run = [];
    };
    // Words with what separates them, so a comma or a quote mark ends a run.
    const parts = sentence.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*|[^\p{L}\p{N}\s]+/gu) ?? [];
    let index = 0;
    for (const part of parts) {
      if (!/^[\p{L}\p{N}]/u.test(part)) {
        if (index > 0) flush();
        continue;
      }
      const word = withoutPossessive(part);
      const lower = word.toLowerCase();
      const first = index === 0;
      index++;
      const capital = /^\p{Lu}/u.test(word);
      // The dictionary has no one-letter words: "A" and "I" open sentences too.
      const skip = first && (lower.length === 1 || ordinary(lower));
      if (!capital || skip || CALENDAR.has(lower)) {
        flush();
        continue;
      }
      run.push(word);
      // "Trump's team": a possessive ends the name.
      if (word !== part) flush();
    }
    flush();
  }
  return out;
}

/** Words the text puts in quote marks as a word or two of someone else's ("secretly"). */
export function quotedWordsIn(text: string): QuoteTerm[] {
  return [...normalizeForMatch(text).matchAll(/"([^"\s]+(?: [^"\s]+)?)"/g)].map((m) => ({
    kind: "quote" as const,
    text: m[1]!.replace(/[.,;:!?]+$/, ""),
  }));
}

/** A text's key terms, each once. */
export function keyTermsOf(text: string, ordinary: Ordinary): KeyTerm[] {
  const seen = new Set<string>();
  return [...namesIn(text, ordinary), ...quantitiesIn(text), ...quotedWordsIn(text)].filter((t) => {
    const key = `${t.kind}:${t.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

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

let dictionary: Set<string> | undefined;

/**
 * What counts as an ordinary word at a sentence's start: an English word (the `word-list`
 * dictionary, read once) or a word the given texts use in lower case.
 */
export function ordinaryWords(texts: string[]): Ordinary {
  dictionary ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  const known = dictionary;
  const used = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) if (/^\p{Ll}/u.test(word)) used.add(word);
  }
  return (lower) => known.has(lower) || used.has(lower);
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
