import { readFileSync } from "node:fs";
import wordListPath from "word-list";
import { normalizeForMatch } from "../content/normalize";
import { MONTHS, WEEKDAYS } from "./number-words";
import { quantitiesIn, type Quantity } from "./quantities";
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
        // Quoted speech opens a sentence of its own: "…, basically saying, 'How do we…".
        if (/['"“‘«]$/u.test(part)) index = 0;
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
