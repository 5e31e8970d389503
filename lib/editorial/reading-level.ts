import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { wordsOf } from "./words";

export type ReadingLevel = { grade: number; words: number; sentences: number };

/** Sentences, words and syllables of texts read together; each text is at least one sentence. */
export function countText(texts: string[], syllablesOf: (word: string) => number) {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const text of texts) {
    const list = wordsOf(text);
    if (list.length === 0) continue;
    // A closing quote mark may follow the full stop: `…now.”`, `…ahora.»`.
    sentences += Math.max(1, text.match(/[.!?…]+(?=["'”’»)\]]*(\s|$))/g)?.length ?? 0);
    words += list.length;
    syllables += list.reduce((sum, word) => sum + syllablesOf(word), 0);
  }
  return { sentences, words, syllables };
}

/**
 * Flesch–Kincaid grade of a set of texts read together (a briefing, a quiz's prompts). Each
 * text is at least one sentence, so a bullet without a full stop is not run into the next.
 */
export function readingLevel(texts: string[]): ReadingLevel {
  const { sentences, words, syllables } = countText(texts, (w) => Math.max(1, syllable(w)));
  const grade = fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, words, sentences };
}
