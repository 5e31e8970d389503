import "server-only";
import decancer, { options } from "decancer";

// decancer: a maintained table of Unicode look-alikes (Unicode TS #39's confusables and more:
// fancy and full-width letters, stacked marks, Cyrillic and Greek letters that pass for Latin).
// Scripts people really write their names in are kept as they are, so two different names in
// them never fold into one; bidirectional reordering is off, so a right-to-left name keeps its
// order.
const KEEP_SCRIPTS = options({
  disableBidi: true,
  retainArabic: true,
  retainArmenian: true,
  retainBengali: true,
  retainBurmese: true,
  retainChinese: true,
  retainDevanagari: true,
  retainGujarati: true,
  retainHebrew: true,
  retainJapanese: true,
  retainKhmer: true,
  retainKorean: true,
  retainLao: true,
  retainMongolian: true,
  retainTamil: true,
  retainThai: true,
});

/**
 * A name as it looks, with what only disguises it taken away: case, accents and stacked marks,
 * look-alike letters ("Сarol" with a Cyrillic С is "carol"), fancy and full-width forms,
 * invisible characters and spacing. Two nicknames with one skeleton (key) are one name in a
 * class; the rude-word check reads it too.
 */
export function nicknameKey(nickname: string): string {
  // Spacing first: any run of whitespace is one space, whatever decancer makes of a tab.
  const spaced = nickname.normalize("NFKC").replace(/\s+/g, " ");
  let cured: string;
  try {
    cured = decancer(spaced, KEEP_SCRIPTS).toString();
  } catch {
    // A string decancer refuses (a lone surrogate half): compare it as typed, case-folded.
    cured = spaced.toLocaleLowerCase("en");
  }
  return cured
    .replace(/\p{Default_Ignorable_Code_Point}/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The nickname with its visible suffix: "Sam", then "Sam (2)", "Sam (3)"… */
export function withSuffix(nickname: string, n: number): string {
  return n === 1 ? nickname : `${nickname} (${n})`;
}
