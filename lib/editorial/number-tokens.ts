import { isPlural, MONTHS, singular, STOP, TENS, UNITS, WEEKDAYS } from "./number-words";

// A text as the tokens quantities are read from (quantities.ts): words, numbers, currency
// signs, dashes; and the small readers over them (a number in figures or words, a day, a
// month, a year, what a number counts, the end of a range).

export type Token = {
  text: string;
  lower: string;
  kind: "word" | "num" | "sign" | "dash" | "punct";
  /** Where it starts and ends in the normalised text. */
  at: [number, number];
};

export function tokenize(normalized: string): Token[] {
  const out: Token[] = [];
  const pattern =
    /(\d{4}-\d{2}-\d{2})|(\d+(?:[.,]\d+)*(?:st|nd|rd|th)?)|([$€£¥%])|([–—-])|(\p{L}+(?:'\p{L}+)*)|([.!?;:,()"[\]])/gu;
  for (const m of normalized.matchAll(pattern)) {
    const t = m[0];
    const kind = m[1] || m[2] ? "num" : m[3] ? "sign" : m[4] ? "dash" : m[5] ? "word" : "punct";
    out.push({ text: t, lower: t.toLowerCase(), kind, at: [m.index, m.index + t.length] });
  }
  return out;
}

/** "twenty", "twenty-eight", "28", "4.2", "310,000", "24th": the value and how many tokens. */
export function numberAt(
  tokens: Token[],
  i: number,
): { value: number; length: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === "num" && !/^\d{4}-/.test(t.text)) {
    const digits = t.text.replace(/(st|nd|rd|th)$/, "");
    // "4.2" is a decimal; "310,000" and "1.000" with three digits after are thousands.
    const value = /^\d{1,3}([,.]\d{3})+$/.test(digits)
      ? Number(digits.replace(/[,.]/g, ""))
      : Number(digits.replace(/,/g, ""));
    return Number.isFinite(value) ? { value, length: 1 } : undefined;
  }
  if (t.kind !== "word") return undefined;
  if (t.lower in UNITS) return { value: UNITS[t.lower]!, length: 1 };
  if (t.lower in TENS) {
    const dash = tokens[i + 1]?.kind === "dash" ? 1 : 0;
    const next = tokens[i + 1 + dash];
    if (next && next.lower in UNITS && UNITS[next.lower]! < 10) {
      return { value: TENS[t.lower]! + UNITS[next.lower]!, length: 2 + dash };
    }
    return { value: TENS[t.lower]!, length: 1 };
  }
  return undefined;
}

export const isMonth = (t: Token | undefined) => t?.kind === "word" && MONTHS.includes(t.lower);
export const isWeekday = (t: Token | undefined) => t?.kind === "word" && WEEKDAYS.includes(t.lower);
export const isDay = (n: { value: number } | undefined) =>
  n !== undefined && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31;
export const isYear = (t: Token | undefined) =>
  t?.kind === "num" && /^(1[89]|20)\d\d$/.test(t.text);

/**
 * What a count counts: the first plural among the next few ordinary words ("12 electric
 * buses" → bus), else the first of them ("28-point plan" → point).
 */
export function unitAfter(tokens: Token[], i: number): { unit: string; at: number } | undefined {
  const words: { lower: string; at: number }[] = [];
  for (let j = i; j < tokens.length && words.length < 3; j++) {
    const t = tokens[j]!;
    if (t.kind === "dash" && words.length === 0) continue;
    if (t.kind !== "word" || STOP.has(t.lower) || /^\p{Lu}/u.test(t.text)) break;
    words.push({ lower: t.lower, at: j });
  }
  const unit = words.find((w) => isPlural(w.lower)) ?? words[0];
  return unit && { unit: singular(unit.lower), at: unit.at };
}

/** "–26", "to 26", "and 26" after a first day: the range's last day. */
export function rangeEnd(tokens: Token[], j: number): { value: number; next: number } | undefined {
  const link = tokens[j];
  if (!link || !(link.kind === "dash" || link.lower === "to" || link.lower === "and"))
    return undefined;
  const end = numberAt(tokens, j + 1);
  if (!end || !isDay(end) || tokens[j + 1]!.kind !== "num") return undefined;
  return { value: end.value, next: j + 2 };
}
