// Real names that obscenity's English list catches inside or as a rude word, found by running
// the many-language corpus in test/fixtures/nicknames/real-names.txt through the check. A name
// passes when each rude match falls inside one of these words, written whole (as its skeleton:
// lower case, plain letters). Add to both when a real name is refused.

export const REAL_NAMES: ReadonlySet<string> = new Set([
  "anal", // Hindi given name
  "analisa",
  "analise", // Portuguese, Spanish
  "assefa", // Amharic
  "bich", // Vietnamese Bích
  "cummings",
  "dick",
  "dikshit", // Hindi surname
  "semen", // Ukrainian Semen (Семен)
  "shital", // Hindi given name
  "shitala",
  "shitij",
  "shittu", // Yoruba surname
  "slutsky", // Russian surname
]);

/** Japanese names built on "fuku" (fortune): Fukuda, Fukushima, Fukuyama… */
export const REAL_NAME_PREFIXES: readonly string[] = ["fuku"];
