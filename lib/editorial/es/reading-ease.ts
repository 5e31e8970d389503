import { countText } from "../reading-level";
import { syllablesEs } from "./syllables";

export type ReadingEase = { ease: number; words: number; sentences: number; syllables: number };

/**
 * Szigriszt-Pazos perspicuity (the INFLESZ scale, Barrio-Cantalejo et al. 2008) of a set of
 * Spanish texts read together: 206.835 − 62.3 × syllables per word − words per sentence. Higher
 * is easier. Each text is at least one sentence, as in the English reading level.
 */
export function readingEaseEs(texts: string[]): ReadingEase {
  const { sentences, words, syllables } = countText(texts, syllablesEs);
  const ease = words === 0 ? 100 : 206.835 - (62.3 * syllables) / words - words / sentences;
  return { ease: Math.round(ease * 10) / 10, words, sentences, syllables };
}
