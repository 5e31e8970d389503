import { wordsOf } from "../words";
import { syllablesEs } from "./syllables";

export type ReadingEase = { ease: number; words: number; sentences: number; syllables: number };

/**
 * Szigriszt-Pazos perspicuity (the INFLESZ scale, Barrio-Cantalejo et al. 2008) of a set of
 * Spanish texts read together: 206.835 − 62.3 × syllables per word − words per sentence. Higher
 * is easier. Each text is at least one sentence, as in the English reading level.
 */
export function readingEaseEs(texts: string[]): ReadingEase {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const text of texts) {
    const list = wordsOf(text);
    if (list.length === 0) continue;
    sentences += Math.max(1, text.match(/[.!?…]+(?=["'”’»)\]]*(\s|$))/g)?.length ?? 0);
    words += list.length;
    syllables += list.reduce((sum, word) => sum + syllablesEs(word), 0);
  }
  const ease = words === 0 ? 100 : 206.835 - (62.3 * syllables) / words - words / sentences;
  return { ease: Math.round(ease * 10) / 10, words, sentences, syllables };
}
