import { normalizeForMatch } from "./normalize";

/** About `n` characters of a text, cut at a word: its start, or its end. */
function clip(text: string, n: number, keep: "start" | "end"): string {
  const trimmed = text.trim();
  if (trimmed.length <= n) return trimmed;
  if (keep === "start") return `${trimmed.slice(0, trimmed.lastIndexOf(" ", n) + 1 || n).trim()}…`;
  const from = trimmed.indexOf(" ", trimmed.length - n);
  return `…${trimmed.slice(from < 0 ? -n : from).trim()}`;
}

/** The longest stretch the two texts share: where it starts in each, and how long it is. */
function longestShared(a: string, b: string): { inA: number; inB: number; length: number } {
  let best = { inA: 0, inB: 0, length: 0 };
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      row[j] = previous[j - 1]! + 1;
      if (row[j]! > best.length) best = { inA: i - row[j]!, inB: j - row[j]!, length: row[j]! };
    }
    previous = row;
  }
  return best;
}

/** The index of the word a character offset falls in (a space counts with the next word). */
const wordAt = (text: string, offset: number) => text.slice(0, offset + 1).split(" ").length - 1;

/**
 * Why a text said to be verbatim is not: the nearest stretch of the source (aligned, word by
 * word, on the longest part they share) and the first word where they differ. Only
 * whitespace and quote marks are folded, as in the check itself.
 */
export function firstDifference(source: string, text: string): string {
  const hay = normalizeForMatch(source);
  const needle = normalizeForMatch(text);
  const shared = longestShared(needle, hay);
  if (shared.length < Math.min(8, needle.length)) {
    return "no part of it is in the source: copy the words from source.txt";
  }
  const ours = needle.split(" ");
  const theirs = hay.split(" ");
  const from = Math.max(0, wordAt(hay, shared.inB) - wordAt(needle, shared.inA));
  const nearest = theirs.slice(from, from + ours.length);
  let k = 0;
  while (k < ours.length && ours[k] === nearest[k]) k++;
  const after = k > 0 ? ` after “${clip(ours.slice(0, k).join(" "), 30, "end")}”` : "";
  const differs = (words: string[]) =>
    clip(words.slice(k, k + 6).join(" "), 40, "start") || "(nothing)";
  return `the nearest source words are “${clip(nearest.join(" "), 90, "start")}”: yours has “${differs(ours)}”${after} where the source has “${differs(nearest)}”`;
}
