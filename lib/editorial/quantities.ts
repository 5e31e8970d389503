import { normalizeForMatch } from "../content/normalize";
import {
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  FRACTIONS,
  isPlural,
  MONTHS,
  SCALES,
  singular,
  STOP,
  TENS,
  UNITS,
  WEEKDAYS,
} from "./number-words";

/**
 * Numbers, amounts and dates as a reader takes them, with what they count: "28 points",
 * "$4.2 million", "half", "24–26 October", "Thursday". A number is matched with its kind and
 * unit, never by value alone: "3 September" is not "three votes", "14 of 40 buses" is not
 * "14 October".
 */
export type Quantity =
  | { kind: "count"; text: string; value: number; unit?: string }
  | { kind: "money"; text: string; value: number; currency: string }
  /** A share of a whole: "half", "a third", "40%". */
  | { kind: "share"; text: string; value: number }
  | {
      kind: "date";
      text: string;
      year?: number;
      month?: number;
      /** First and last day of the month named ("24–26 October": [24, 26]). */
      days?: [number, number];
      /** 0 = Sunday … 6 = Saturday. */
      weekday?: number;
    };

type Token = {
  text: string;
  lower: string;
  kind: "word" | "num" | "sign" | "dash" | "punct";
  /** Where it starts and ends in the normalised text. */
  at: [number, number];
};

function tokenize(normalized: string): Token[] {
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
function numberAt(tokens: Token[], i: number): { value: number; length: number } | undefined {
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

const isMonth = (t: Token | undefined) => t?.kind === "word" && MONTHS.includes(t.lower);
const isWeekday = (t: Token | undefined) => t?.kind === "word" && WEEKDAYS.includes(t.lower);
const isDay = (n: { value: number } | undefined) =>
  n !== undefined && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31;
const isYear = (t: Token | undefined) => t?.kind === "num" && /^(1[89]|20)\d\d$/.test(t.text);

/**
 * What a count counts: the first plural among the next few ordinary words ("12 electric
 * buses" → bus), else the first of them ("28-point plan" → point).
 */
function unitAfter(tokens: Token[], i: number): { unit: string; at: number } | undefined {
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

/** Every quantity in a text, in order. */
export function quantitiesIn(text: string): Quantity[] {
  const normalized = normalizeForMatch(text);
  const tokens = tokenize(normalized);
  const out: Quantity[] = [];
  // The words as written, from the first token to the one before `to`.
  const span = (from: number, to: number) =>
    normalized.slice(tokens[from]!.at[0], tokens[to - 1]!.at[1]);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const start = i;
    // 2025-11-19
    if (t.kind === "num" && /^\d{4}-\d{2}-\d{2}$/.test(t.text)) {
      const [y, m, d] = t.text.split("-").map(Number) as [number, number, number];
      out.push({ kind: "date", text: t.text, year: y, month: m, days: [d, d] });
      i++;
      continue;
    }
    // October, 24 October, October 24, October 24–26, October 2025
    if (isMonth(t) && /^\p{Lu}/u.test(t.text)) {
      const month = MONTHS.indexOf(t.lower) + 1;
      let j = i + 1;
      let days: [number, number] | undefined;
      const day = numberAt(tokens, j);
      if (day && tokens[j]!.kind === "num" && isDay(day) && !isYear(tokens[j])) {
        days = [day.value, day.value];
        j++;
        const to = rangeEnd(tokens, j);
        if (to) [days, j] = [[day.value, to.value], to.next];
      }
      if (tokens[j]?.text === ",") j += isYear(tokens[j + 1]) ? 1 : 0;
      const year = isYear(tokens[j]) ? Number(tokens[j]!.text) : undefined;
      if (year !== undefined) j++;
      out.push({ kind: "date", text: span(i, j), month, days, year });
      i = j;
      continue;
    }
    if (isWeekday(t) && /^\p{Lu}/u.test(t.text)) {
      out.push({ kind: "date", text: t.text, weekday: WEEKDAYS.indexOf(t.lower) });
      i++;
      continue;
    }
    // a half, half, a third, two thirds
    if (t.kind === "word" && t.lower in FRACTIONS) {
      const before = numberAt(tokens, i - 1);
      const article = ["a", "one", "an"].includes(tokens[i - 1]?.lower ?? "");
      if (t.lower.startsWith("half") || before || article) {
        const n = before?.value ?? 1;
        const from = before || article ? i - 1 : i;
        out.push({ kind: "share", text: span(from, i + 1), value: n / FRACTIONS[t.lower]! });
        i++;
        continue;
      }
    }
    if (isYear(t) && !(tokens[i - 1]?.kind === "sign")) {
      const next = tokens[i + 1];
      const counts = next?.kind === "word" && !STOP.has(next.lower) && !/^\p{Lu}/u.test(next.text);
      if (!counts) {
        out.push({ kind: "date", text: t.text, year: Number(t.text) });
        i++;
        continue;
      }
    }
    const number = numberAt(tokens, i);
    if (!number) {
      i++;
      continue;
    }
    let value = number.value;
    let j = i + number.length;
    // 24 October, 24–26 October, 24 to 26 October, 24 October 2025
    if (isDay(number) && t.kind === "num") {
      const to = rangeEnd(tokens, j);
      const monthAt = to ? to.next : j;
      if (isMonth(tokens[monthAt])) {
        const month = MONTHS.indexOf(tokens[monthAt]!.lower) + 1;
        let k = monthAt + 1;
        const year = isYear(tokens[k]) ? Number(tokens[k++]!.text) : undefined;
        out.push({
          kind: "date",
          text: span(i, k),
          month,
          days: [value, to?.value ?? value],
          year,
        });
        i = k;
        continue;
      }
    }
    const sign = tokens[i - 1]?.kind === "sign" ? CURRENCY_SIGNS[tokens[i - 1]!.text] : undefined;
    const scale = tokens[j]?.kind === "word" ? SCALES[tokens[j]!.lower] : undefined;
    if (scale && (scale >= 1e3 || tokens[j]!.lower === "hundred")) {
      value *= scale;
      j++;
    }
    const word = tokens[j]?.kind === "word" ? CURRENCY_WORDS[tokens[j]!.lower] : undefined;
    if (sign || word) {
      const from = sign ? i - 1 : i;
      out.push({
        kind: "money",
        text: span(from, word ? j + 1 : j),
        value,
        currency: sign ?? word!,
      });
      i = word ? j + 1 : j;
      continue;
    }
    if (
      tokens[j]?.text === "%" ||
      /^per ?cent$/.test(`${tokens[j]?.lower} ${tokens[j + 1]?.lower}`)
    ) {
      const end = tokens[j]!.text === "%" ? j + 1 : j + 2;
      out.push({ kind: "share", text: span(i, end), value: value / 100 });
      i = end;
      continue;
    }
    // "two thirds": the fraction word is read on the next turn, with this number before it.
    if (tokens[j]?.kind === "word" && tokens[j]!.lower in FRACTIONS) {
      i = j;
      continue;
    }
    // "14 of 40 buses": the first number counts what the second does.
    let unitFrom = j;
    if (tokens[j]?.lower === "of") {
      const of = numberAt(tokens, j + 1);
      if (of) unitFrom = j + 1 + of.length;
    }
    // Its text runs to what it counts, so a message reads “four general buckets”.
    const counted = unitAfter(tokens, unitFrom);
    const end = counted && unitFrom === j ? counted.at + 1 : j;
    out.push({
      kind: "count",
      text: span(start, end),
      value,
      ...(counted && { unit: counted.unit }),
    });
    i = j;
  }
  return out;
}

/** "–26", "to 26", "and 26" after a first day: the range's last day. */
function rangeEnd(tokens: Token[], j: number): { value: number; next: number } | undefined {
  const link = tokens[j];
  if (!link || !(link.kind === "dash" || link.lower === "to" || link.lower === "and"))
    return undefined;
  const end = numberAt(tokens, j + 1);
  if (!end || !isDay(end) || tokens[j + 1]!.kind !== "num") return undefined;
  return { value: end.value, next: j + 2 };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * Whether `ours` says no more than `theirs`: the same kind, value and unit; a date no more
 * precise than theirs and inside it ("24 October" within "24 to 26 October"). `sameUnit`
 * decides whether two count words name the same thing (an editor may declare renderings).
 */
export function within(
  ours: Quantity,
  theirs: Quantity,
  sameUnit: (a: string, b: string) => boolean = (a, b) => a === b,
): boolean {
  if (ours.kind !== theirs.kind) return false;
  switch (ours.kind) {
    case "date": {
      const t = theirs as Extract<Quantity, { kind: "date" }>;
      if (ours.year !== undefined && ours.year !== t.year) return false;
      if (ours.month !== undefined && ours.month !== t.month) return false;
      if (ours.weekday !== undefined && ours.weekday !== t.weekday) return false;
      if (ours.days) {
        if (!t.days) return false;
        if (ours.days[0] < t.days[0] || ours.days[1] > t.days[1]) return false;
      }
      return true;
    }
    case "money": {
      const t = theirs as typeof ours;
      return ours.currency === t.currency && close(ours.value, t.value);
    }
    case "share":
      return close(ours.value, (theirs as typeof ours).value);
    case "count": {
      const t = theirs as typeof ours;
      if (!close(ours.value, t.value)) return false;
      return !ours.unit || !t.unit || sameUnit(ours.unit, t.unit);
    }
  }
}
