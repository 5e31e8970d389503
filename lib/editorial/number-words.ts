// The words quantities are read from (quantities.ts): numbers, scales, fractions, currencies,
// months and days, and the little words that end the search for what a number counts.

const words = (list: string) => list.trim().split(/\s+/);

/** "two 2 three 3" → { two: 2, three: 3 } */
function valued(list: string): Record<string, number> {
  const parts = words(list);
  const out: Record<string, number> = {};
  for (let i = 0; i < parts.length; i += 2) out[parts[i]!] = Number(parts[i + 1]);
  return out;
}

export const MONTHS = words(
  "january february march april may june july august september october november december",
);
export const WEEKDAYS = words("sunday monday tuesday wednesday thursday friday saturday");

// "one" is left out: it is a pronoun far more often than a number ("one of them").
export const UNITS = valued(`two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10
  eleven 11 twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18
  nineteen 19 dozen 12`);
export const TENS = valued(
  "twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90",
);
export const SCALES = valued(
  "hundred 100 thousand 1e3 million 1e6 billion 1e9 trillion 1e12 k 1e3 m 1e6 bn 1e9",
);
/** A fraction word and its denominator: "a third" is 1/3. */
export const FRACTIONS = valued(`half 2 halves 2 third 3 thirds 3 quarter 4 quarters 4 fifth 5
  fifths 5 tenth 10 tenths 10`);
export const CURRENCY_SIGNS: Record<string, string> = {
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
};
export const CURRENCY_WORDS: Record<string, string> = Object.fromEntries(
  words(
    "dollar USD dollars USD euro EUR euros EUR pound GBP pounds GBP cent cent cents cent",
  ).flatMap((w, i, all) => (i % 2 === 0 ? [[w, all[i + 1]!]] : [])),
);

/** Words that end the search for what a number counts: "28 points fall into …". */
export const STOP = new Set(
  words(`a an the of to in on at by for from with and or but as than that this these those is
  are was were be been being has have had will would could should may might can do does did it
  its his her their our your my we they he she you i who which what when where while said says
  told if not no more less about some each every per into over under after before between during
  since until up down out off also only just both all`),
);
// Plurals that do not end in s: the noun a number counts is usually the first plural after it.
const IRREGULAR_PLURALS = new Set(
  words("people children men women police staff feet teeth mice geese media data sheep fish deer"),
);

/** The singular of a plural noun, so "buses" counts what "bus" does. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + "y";
  if (/(sses|shes|ches|xes|zes|uses|oes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

export const isPlural = (w: string) =>
  IRREGULAR_PLURALS.has(w) || (singular(w) !== w && w.length > 3);
