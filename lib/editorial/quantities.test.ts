import { describe, expect, it } from "vitest";
import { quantitiesIn } from "./quantities";
import { within } from "./quantity-match";

const one = (text: string) => quantitiesIn(text)[0];

describe("quantities: numbers with what they count, amounts, shares and dates", () => {
  it("reads a count with its unit, past adjectives and a hyphen", () => {
    expect(quantitiesIn("it will buy 12 electric school buses")).toEqual([
      { kind: "count", text: "12 electric school buses", value: 12, unit: "bus" },
    ]);
    expect(one("the 28-point plan")).toMatchObject({ value: 28, unit: "point" });
    expect(one("twenty-eight points")).toMatchObject({ value: 28, unit: "point" });
    expect(one("four general buckets: peace")).toMatchObject({ value: 4, unit: "bucket" });
  });

  it("gives “14 of 40 buses” the unit of the second number", () => {
    expect(quantitiesIn("14 of 40 buses").map((q) => [q.kind, "unit" in q && q.unit])).toEqual([
      ["count", "bus"],
      ["count", "bus"],
    ]);
  });

  it("reads money with its scale and currency", () => {
    expect(one("$4.2 million")).toMatchObject({ kind: "money", value: 4_200_000, currency: "USD" });
    expect(one("$310,000")).toMatchObject({ kind: "money", value: 310_000 });
    expect(one("5 million euros")).toMatchObject({ kind: "money", value: 5e6, currency: "EUR" });
  });

  it("reads shares: half, a third, two thirds, per cent", () => {
    expect(
      quantitiesIn("Half of it, a third, two thirds, 40% and 5 per cent").map(
        (q) => "value" in q && q.value,
      ),
    ).toEqual([0.5, 1 / 3, 2 / 3, 0.4, 0.05]);
  });

  it("reads dates: ranges, day-month either way, weekdays, years, ISO", () => {
    expect(one("from 24 to 26 October")).toMatchObject({ kind: "date", month: 10, days: [24, 26] });
    expect(one("24–26 October")).toMatchObject({ month: 10, days: [24, 26] });
    expect(one("October 24, 2025")).toMatchObject({ month: 10, days: [24, 24], year: 2025 });
    expect(one("date 2025-11-19")).toMatchObject({ year: 2025, month: 11, days: [19, 19] });
    expect(quantitiesIn("Thursday, 16 October").map((q) => q.text)).toEqual([
      "Thursday",
      "16 October",
    ]);
    expect(one("in 2025 the vote")).toMatchObject({ kind: "date", year: 2025 });
    expect(one("2025 buses")).toMatchObject({ kind: "count", value: 2025 });
  });

  it("does not read “one” as a number: it is mostly a pronoun", () => {
    expect(quantitiesIn("one of them said")).toEqual([]);
  });
});

describe("within: ours says no more than theirs", () => {
  const w = (ours: string, theirs: string) => within(one(ours)!, one(theirs)!);
  it("matches kind, value and unit, never value alone", () => {
    expect(w("three votes", "three votes")).toBe(true);
    expect(w("3 September", "three votes")).toBe(false);
    expect(w("14 buses", "14 October")).toBe(false);
    expect(w("four broad areas", "four general buckets")).toBe(false);
    expect(
      within(
        one("four broad areas")!,
        one("four general buckets")!,
        (a, b) => a === "area" && b === "bucket",
      ),
    ).toBe(true);
  });

  it("accepts a date inside theirs, never a more precise or a different one", () => {
    expect(w("24 October", "24 to 26 October")).toBe(true);
    expect(w("October", "24 to 26 October")).toBe(true);
    expect(w("27 October", "24 to 26 October")).toBe(false);
    expect(w("19 November 2025", "19 November")).toBe(false);
    expect(w("Thursday", "Tuesday")).toBe(false);
  });
});
