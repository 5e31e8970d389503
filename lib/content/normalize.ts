/**
 * Grounding compares text after folding only what typography changes without changing
 * meaning: runs of whitespace, and curly versus straight quotes. Anything else (case,
 * punctuation, ellipses) must match the source exactly.
 */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

export function occursIn(haystack: string, needle: string): boolean {
  return normalizeForMatch(haystack).includes(normalizeForMatch(needle));
}
