import type { Carrier } from "../editions";
import type { KeyTerm } from "../key-terms";
import { singular } from "../number-words";
import { wordsOf } from "../words";
import {
  CURRENCY_ES,
  MONTHS_ES,
  numbersInEs,
  SHARE_WORDS_ES,
  TIME_UNITS_ES,
  WEEKDAYS_ES,
} from "./spanish-numbers";

// Whether Spanish texts carry an English fact's key terms (docs/editorial.md, "Key terms
// travel"): names through the briefing's Spanish term list (terms.json "es": "Turkey" →
// "Turquía") or as written, words the source quotes only through that list, numbers by value,
// dates by day and Spanish month, money by value and currency.

/** Lower case without accents: "Turquía" and a hurried "Turquia" are one word. */
export const fold = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().normalize("NFC");

const stem = (word: string) => word.slice(0, Math.max(4, word.length - 2));

/** Whether a word of ours matches a word of a form: whole when short, else by stem either way. */
function sameWord(ours: string, form: string): boolean {
  if (ours === form) return true;
  if (form.length <= 3 || ours.length <= 3) return false;
  return ours.startsWith(stem(form)) || form.startsWith(stem(ours));
}

/**
 * Whether a phrase's words run in a text's (folded) words, in order, each pair judged by
 * `same`: whole words, or sameWord's stems for names and forms.
 */
export function runsIn(
  words: string[],
  phrase: string,
  same: (ours: string, want: string) => boolean = (a, b) => a === b,
): boolean {
  const want = wordsOf(fold(phrase));
  if (want.length === 0) return false;
  for (let i = 0; i + want.length <= words.length; i++) {
    if (want.every((w, k) => same(words[i + k]!, w))) return true;
  }
  return false;
}

/** Whether a form of a term runs in a text's words, by stem. */
const says = (words: string[], form: string) => runsIn(words, form, sameWord);

export type SpanishTerms = Record<string, string[]>;

export function spanishCarrier(terms: SpanishTerms): Carrier {
  // Keyed as written and by the singular, so "points" in the list serves a count of "point".
  const byEnglish = new Map<string, string[]>();
  for (const [en, es] of Object.entries(terms)) {
    for (const key of [fold(en), singular(fold(en))]) {
      byEnglish.set(key, [...(byEnglish.get(key) ?? []), ...es]);
    }
  }
  const formsOf = (english: string) =>
    byEnglish.get(fold(english)) ?? byEnglish.get(singular(fold(english))) ?? [];

  /** The Spanish a term may take; empty when nothing but the term list could say it. */
  const accepted = (term: KeyTerm): string[] => {
    switch (term.kind) {
      case "name": {
        const last = term.words.at(-1)!;
        return [...formsOf(term.text), ...formsOf(last), last];
      }
      case "quote":
        return formsOf(term.text);
      case "count":
        return term.unit ? [...formsOf(term.unit), ...(TIME_UNITS_ES[term.unit] ?? [])] : [];
      case "money":
        return CURRENCY_ES[term.currency] ?? [];
      case "date":
        return [
          ...(term.month ? [MONTHS_ES[term.month - 1]!] : []),
          ...(term.weekday !== undefined ? [WEEKDAYS_ES[term.weekday]!] : []),
        ];
      case "share":
        return [];
    }
  };

  const reader = (texts: string[]) => {
    const raw = fold(texts.join(" \n "));
    const words = wordsOf(raw);
    const numbers = numbersInEs(words, raw);
    const near = (value: number) => numbers.some((n) => Math.abs(n - value) < 1e-6 * value + 1e-9);
    return (term: KeyTerm) => carries(term, raw, words, numbers, near);
  };

  function carries(
    term: KeyTerm,
    raw: string,
    words: string[],
    numbers: number[],
    near: (value: number) => boolean,
  ): boolean {
    switch (term.kind) {
      case "name":
      case "quote":
        return accepted(term).some((form) => says(words, form));
      case "count":
        return near(term.value) && (!term.unit || accepted(term).some((f) => says(words, f)));
      case "money":
        return (
          near(term.value) &&
          accepted(term).some((f) => (f.length === 1 ? raw.includes(f) : says(words, f)))
        );
      case "share":
        return (
          near(term.value * 100) ||
          [...SHARE_WORDS_ES].some(([w, v]) => Math.abs(v - term.value) < 1e-6 && words.includes(w))
        );
      case "date": {
        const days = term.days ? [...new Set(term.days)] : [];
        return (
          days.every((d) => numbers.includes(d)) && accepted(term).every((f) => says(words, f))
        );
      }
    }
  }

  return {
    reader,
    name(term) {
      const forms = [...new Set(accepted(term))].filter((f) => fold(f) !== fold(term.text));
      if (term.kind === "quote" && forms.length === 0) {
        return `“${term.text}” (no Spanish for it in terms.json "es")`;
      }
      return forms.length > 0 ? `“${term.text}” (${forms.join(" / ")})` : `“${term.text}”`;
    },
  };
}
