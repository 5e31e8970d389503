import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { wordsOf } from "./words";

export type ReadingLevel = { grade: number; words: number; sentences: number };

/**
 * Flesch–Kincaid grade of a set of texts read together (a briefing, a quiz's prompts). Each
 * text is at least one sentence, so a bullet without a full stop is not run into the next.
 */
export function readingLevel(texts: string[]): ReadingLevel {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const text of texts) {
    const list = wordsOf(text);
    if (list.length === 0) continue;
    sentences += Math.max(1, text.match(/[.!?…]+(?=["'”’)\]]*(\s|$))/g)?.length ?? 0);
    words += list.length;
    syllables += list.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  }
  const grade = fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, words, sentences };
}
