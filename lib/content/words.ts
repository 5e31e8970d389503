import { normalizeForMatch } from "./normalize";

/** Words as a reader sees them: letters, digits and inner apostrophes ("Ortiz's", "28"). */
export function wordsOf(text: string): string[] {
  return normalizeForMatch(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

/** "Ortiz's" → "Ortiz": a possessive names the same thing. */
export function withoutPossessive(word: string): string {
  return word.replace(/'s?$/i, "");
}
