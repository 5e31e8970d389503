import { normalizeForMatch } from "../content/normalize";
import {
  isDay,
  isMonth,
  isWeekday,
  isYear,
  numberAt,
  rangeEnd,
  tokenize,
  unitAfter,
} from "./number-tokens";
import {
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  FRACTIONS,
  MONTHS,
  SCALES,
  STOP,
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
