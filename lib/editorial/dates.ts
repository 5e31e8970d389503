import { normalizeForMatch } from "../content/normalize";
import { quantitiesIn, type Quantity } from "./quantities";

/** Days an event may have taken place on, as ISO dates (inclusive), and the words that say so. */
export type Interval = { from: string; to: string; text: string };

type DateQ = Extract<Quantity, { kind: "date" }>;

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * When a date the source gives without a year falls: the occurrence nearest the source's own
 * date, in whichever year agrees with a day name given beside it. A report dated 10 October
 * that says "in August" means the August just gone, and "Tuesday, 14 October" the coming one
 * (docs/editorial.md, "Order keys").
 */
function resolve(q: DateQ, sourceDate: string, weekday?: number): Interval | undefined {
  if (q.month === undefined) {
    if (q.year === undefined) return undefined;
    return { from: `${q.year}-01-01`, to: `${q.year}-12-31`, text: q.text };
  }
  const month = q.month;
  const [sy, sm, sd] = sourceDate.split("-").map(Number) as [number, number, number];
  const source = utc(sy, sm, sd);
  const firstDay = q.days?.[0] ?? 1;
  const candidates = [sy - 1, sy, sy + 1].filter(
    (y) =>
      weekday === undefined || !q.days || new Date(utc(y, month, firstDay)).getUTCDay() === weekday,
  );
  const distance = (y: number) => Math.abs(utc(y, month, firstDay) - source);
  const year = q.year ?? candidates.sort((a, b) => distance(a) - distance(b))[0] ?? sy;
  const [first, last] = q.days ?? [1, lastDay(year, month)];
  return { from: iso(utc(year, month, first)), to: iso(utc(year, month, last)), text: q.text };
}

/** "earlier this week", "yesterday", "last month": counted from the source's date. */
function relative(text: string, sourceDate: string): Interval | undefined {
  const [y, m, d] = sourceDate.split("-").map(Number) as [number, number, number];
  const day = utc(y, m, d);
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
  const phrases: [RegExp, number, number][] = [
    [/\bearlier this week\b/, monday, day - DAY],
    [/\blater this week\b/, day + DAY, monday + 6 * DAY],
    [/\bthis week\b/, monday, monday + 6 * DAY],
    [/\blast week\b/, monday - 7 * DAY, monday - DAY],
    [/\bnext week\b/, monday + 7 * DAY, monday + 13 * DAY],
    [/\byesterday\b/, day - DAY, day - DAY],
    [/\btoday\b/, day, day],
    [/\btomorrow\b/, day + DAY, day + DAY],
    [/\blast month\b/, utc(y, m - 1, 1), utc(y, m, 0)],
  ];
  const lower = normalizeForMatch(text).toLowerCase();
  for (const [pattern, from, to] of phrases) {
    const m = pattern.exec(lower);
    if (m && from <= to) return { from: iso(from), to: iso(to), text: m[0] };
  }
  return undefined;
}

/**
 * When a text (a fact's evidence) dates what it tells: its first date with a month (a day
 * name alone does not say which week, but beside a date it says which year), else a date
 * counted from the source's ("earlier this week"), else a year. Undefined when it gives none.
 */
export function dateOf(text: string, sourceDate: string): Interval | undefined {
  const dates = quantitiesIn(text).filter((q): q is DateQ => q.kind === "date");
  const month = dates.find((q) => q.month !== undefined);
  const day = dates.find((q) => q.weekday !== undefined)?.weekday;
  if (month) return resolve(month, sourceDate, day);
  const year = dates.find((q) => q.year !== undefined);
  return relative(text, sourceDate) ?? (year && resolve(year, sourceDate));
}
