import patterns from "hyphen/patterns/es.js";

// Spanish syllables for the reading-ease formula. Where a word may break comes from hyph-es, the
// TeX Spanish hyphenation patterns (maintained with TeX Live, shipped by the `hyphen` package),
// applied here without the typographic rule that keeps one letter off a line's edge ("a-mor" is
// two syllables even if no printer breaks it so). Patterns never break between vowels and
// sometimes not before a lone vowel, so inside each piece the syllables are its vowel nuclei:
// vowels joined by a consonant (h included) are two, and two vowels side by side are one
// (a diphthong, "ciu-dad") unless the RAE's hiatus rule parts them: two open vowels ("a-é-re-o")
// or a stressed í/ú beside another vowel ("rí-o", "pa-ís").

const [LEVELS, TRIE] = patterns;
type Node = (typeof patterns)[1];

/** Where the patterns allow a break in a lower-case word: the indices a new piece starts at. */
function breaks(word: string): number[] {
  const padded = `.${word}.`;
  const levels = new Array<number>(padded.length + 1).fill(0);
  for (let start = 0; start < padded.length; start++) {
    let node: Node | undefined = TRIE;
    for (let i = start; i < padded.length && node; i++) {
      const entry: Node[string] | undefined = node[padded[i]!];
      if (entry === undefined) break;
      let index = -1;
      if (Array.isArray(entry)) [node, index] = entry;
      else if (typeof entry === "number") [node, index] = [undefined, entry];
      else node = entry;
      if (index < 0) continue;
      LEVELS[index]!.forEach((level, k) => {
        levels[start + k] = Math.max(levels[start + k]!, level);
      });
    }
  }
  const out: number[] = [];
  // An odd level before padded[i + 1] is a break before word[i].
  for (let i = 1; i < word.length; i++) if (levels[i + 1]! % 2 === 1) out.push(i);
  return out;
}

/** The word in the pieces hyph-es allows: "cons-truc-ción". */
export function hyphenPieces(word: string): string[] {
  const lower = word.toLowerCase();
  const pieces: string[] = [];
  let from = 0;
  for (const at of breaks(lower)) {
    pieces.push(lower.slice(from, at));
    from = at;
  }
  pieces.push(lower.slice(from));
  return pieces;
}

const VOWEL = /[aeiouáéíóúü]/;
const OPEN = /[aeoáéó]/;
const STRESSED_CLOSED = /[íú]/;

/** Vowel nuclei of a piece: runs of vowels, each parted where the hiatus rule parts it. */
function nuclei(piece: string): number {
  let count = 0;
  let previous = "";
  // A final y after a vowel is a vowel ("hoy", "Uruguay"); "y" alone is the word "and".
  const letters = piece.replace(/(?<=[aeiouáéíóú])y$/, "i").replace(/^y$/, "i");
  for (const ch of letters) {
    if (!VOWEL.test(ch)) {
      previous = "";
      continue;
    }
    const hiatus =
      previous !== "" &&
      ((OPEN.test(previous) && OPEN.test(ch)) ||
        STRESSED_CLOSED.test(previous) ||
        STRESSED_CLOSED.test(ch));
    if (previous === "" || hiatus) count++;
    previous = ch;
  }
  return count;
}

/** How many syllables a Spanish word has (at least one, for a word with no vowel). */
export function syllablesEs(word: string): number {
  const total = hyphenPieces(word).reduce((sum, piece) => sum + nuclei(piece), 0);
  return Math.max(1, total);
}
