import "server-only";
import unhomoglyph from "unhomoglyph";

// Scripts people write their names in whose letters are not Latin look-alikes: kept as typed,
// marks included (a Devanagari or Thai vowel sign is part of the name), so two different names
// in them never fold into one. Latin, Greek, Cyrillic and symbols are folded: that is where
// "Сarol" (Cyrillic С) hides beside "Carol".
const OWN_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Armenian}\p{Script=Bengali}\p{Script=Devanagari}\p{Script=Ethiopic}\p{Script=Georgian}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Han}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Hiragana}\p{Script=Kannada}\p{Script=Katakana}\p{Script=Khmer}\p{Script=Lao}\p{Script=Malayalam}\p{Script=Mongolian}\p{Script=Myanmar}\p{Script=Sinhala}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Thai}\p{Script=Tibetan}]/u;
const MARK = /\p{M}/u;
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const ASCII = /^[\x00-\x7f]$/;

/** One pass: case, compatibility forms, look-alike letters, marks on folded letters, spacing. */
function fold(text: string): string {
  const decomposed = text.normalize("NFKC").toLowerCase().normalize("NFD");
  let out = "";
  let markBelongs = false; // whether a mark that follows sits on a letter kept as typed
  for (const ch of decomposed) {
    if (INVISIBLE.test(ch)) continue;
    if (MARK.test(ch)) {
      if (markBelongs) out += ch;
      continue;
    }
    markBelongs = OWN_SCRIPT.test(ch);
    if (/\s/u.test(ch)) out += " ";
    else if (markBelongs || ASCII.test(ch)) out += ch;
    // Unicode TS #39's confusables (the table behind the "skeleton" of a string): the
    // prototype a letter passes for. ASCII stays as typed: "m" is not "rn", "0" is not "O".
    else out += unhomoglyph(ch);
  }
  return out.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * A name as it looks, with what only disguises it taken away: case, accents and stacked marks,
 * look-alike letters ("Сarol" with a Cyrillic С is "carol"), fancy and full-width forms,
 * invisible characters and spacing. Two nicknames with one skeleton (key) are one name in a
 * class; the rude-word check reads it too.
 */
export function nicknameKey(nickname: string): string {
  // A prototype may itself fold further (an upper-case one, one with a mark): to a fixed point,
  // which a few passes always reach.
  let key = fold(nickname);
  for (let pass = 0; pass < 4; pass++) {
    const again = fold(key);
    if (again === key) break;
    key = again;
  }
  return key;
}

/** The nickname with its visible suffix: "Sam", then "Sam (2)", "Sam (3)"… */
export function withSuffix(nickname: string, n: number): string {
  return n === 1 ? nickname : `${nickname} (${n})`;
}
