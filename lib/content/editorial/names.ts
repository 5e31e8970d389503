import { readFileSync } from "node:fs";
import wordListPath from "word-list";
import { withoutPossessive, wordsOf } from "./words";

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
};

export type NameToken = { word: string; number?: number };

/**
 * The names, numbers and dates of a text: capitalised words (a sentence's first word only when
 * it is not an ordinary word: see ordinaryWords), digits and number words.
 */
export function namesIn(text: string, ordinary: (lower: string) => boolean): NameToken[] {
  const out: NameToken[] = [];
  // A closing quote mark may follow the full stop: `…now.” What is this?`
  const sentences = text.split(/(?<=[.!?:;…]["'\u201D\u2019)]*)\s+|\s+[–—-]\s+/);
  for (const sentence of sentences) {
    wordsOf(sentence).forEach((raw, index) => {
      for (const part of raw.split(/(?<=\d)(?=\p{L})/u)) {
        const word = withoutPossessive(part);
        const lower = word.toLowerCase();
        if (/^\d+$/.test(word)) out.push({ word, number: Number(word) });
        else if (lower in NUMBER_WORDS) out.push({ word, number: NUMBER_WORDS[lower] });
        else if (/^\p{Lu}/u.test(word)) {
          const first = index === 0;
          // The dictionary has no one-letter words: "A" and "I" open sentences too.
          if (first && (lower.length === 1 || ordinary(lower))) continue;
          out.push({ word });
        }
      }
    });
  }
  return out;
}

/**
 * Whether a name occurs in the allowed text: numbers by value, words by their stem, so that
 * "Ukraine" finds "Ukrainian" and "Europe" finds "European", but "Kyiv" finds nothing.
 */
export function makeNameLookup(allowed: string): (token: NameToken) => boolean {
  const numbers = new Set<number>();
  const lowers = new Set<string>();
  for (const raw of wordsOf(allowed)) {
    for (const part of raw.split(/(?<=\d)(?=\p{L})/u)) {
      const word = withoutPossessive(part).toLowerCase();
      if (/^\d+$/.test(word)) numbers.add(Number(word));
      else if (word in NUMBER_WORDS) numbers.add(NUMBER_WORDS[word]!);
      lowers.add(word);
    }
  }
  return (token) => {
    if (token.number !== undefined) return numbers.has(token.number);
    const lower = token.word.toLowerCase();
    if (lower.length <= 3) return lowers.has(lower);
    const stem = lower.slice(0, Math.max(4, lower.length - 2));
    for (const word of lowers) if (word.startsWith(stem)) return true;
    return false;
  };
}

let dictionary: Set<string> | undefined;

/**
 * What counts as an ordinary word at a sentence's start: an English word (the `word-list`
 * dictionary, read once) or a word the given texts use in lower case.
 */
export function ordinaryWords(texts: string[]): (lower: string) => boolean {
  dictionary ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  const known = dictionary;
  const used = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) if (/^\p{Ll}/u.test(word)) used.add(word);
  }
  return (lower) => known.has(lower) || used.has(lower);
}
