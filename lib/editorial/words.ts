import { normalizeForMatch } from "../content/normalize";
import { STOP } from "./number-words";

import { withoutPossessive, wordsOf } from "../content/words";

// The words of a text live with the content (a question type splits words too); the rest of
// this module is the editorial check's.
export { withoutPossessive, wordsOf };

/**
 * Sentences of our own text. A bullet or a heading without a full stop is one sentence; a
 * colon or semicolon does not end one.
 */
export function sentencesOf(text: string): string[] {
  return normalizeForMatch(text)
    .split(/(?<=[.!?…])["')\]]*\s+(?=["'(\[]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Paragraphs of the source: blank lines separate them, as in `source.txt`. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * The paragraph of the source an evidence span sits in. Who says so ("…, the official said")
 * is often in the same sentence or the next one, outside the span an editor quotes.
 */
export function contextOf(source: string, evidence: string): string {
  const needle = normalizeForMatch(evidence);
  const paragraphs = paragraphsOf(source);
  return paragraphs.find((p) => normalizeForMatch(p).includes(needle)) ?? evidence;
}

// Words too common to tie a sentence to a fact, and the words of attribution itself ("quoted"
// says who speaks, not what about).
const COMMON = new Set(
  `about after again also being because before between could every first from have into just
  more most much other over should since some such than that their them then there these they
  this those through under until very what when where which while will with would your
  added adding confirmed noted quote quoted quotes saying stated report reported reportedly
  reports according`.split(/\s+/),
);

/**
 * What ties a sentence of ours to a fact: the stems (first five letters) of the evidence's
 * longer words and of its names. Two texts sharing one talk about the same thing.
 */
export function stemsOf(text: string): Set<string> {
  const stems = new Set<string>();
  for (const raw of wordsOf(text)) {
    const word = withoutPossessive(raw);
    // A capital starts a sentence as well as a name: short words count only as acronyms
    // ("US"), so "It" ties nothing to anything, and "The" opening a sentence is no name.
    const isName =
      /^\p{Lu}/u.test(word) &&
      !STOP.has(word.toLowerCase()) &&
      (word.length >= 3 || (word.length === 2 && word === word.toUpperCase()));
    if (!isName && (word.length < 5 || COMMON.has(word.toLowerCase()))) continue;
    stems.add(word.toLowerCase().slice(0, 5));
  }
  return stems;
}

export function sharesStem(a: Set<string>, b: Set<string>): boolean {
  for (const stem of a) if (b.has(stem)) return true;
  return false;
}

/**
 * Stems found in more than a quarter of the source's paragraphs (and in more than three):
 * "US" or "Ukraine" in a sentence of ours says little about which fact it repeats.
 */
export function commonStems(source: string): Set<string> {
  const paragraphs = paragraphsOf(source);
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const stem of stemsOf(paragraph)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  const limit = Math.max(3, paragraphs.length / 4);
  return new Set([...counts].filter(([, n]) => n > limit).map(([stem]) => stem));
}
