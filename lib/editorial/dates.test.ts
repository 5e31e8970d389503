import { describe, expect, it } from "vitest";
import { dateOf } from "./dates";

const REPORT = "2025-10-10"; // a Friday

describe("dateOf: when a fact's evidence dates what it tells", () => {
  it("puts a month without a year nearest the report's date", () => {
    expect(dateOf("heard back in August", REPORT)).toMatchObject({
      from: "2025-08-01",
      to: "2025-08-31",
    });
    expect(dateOf("in December", "2025-11-19")).toMatchObject({ from: "2025-12-01" });
  });

  it("lets a day name beside a date say which year", () => {
    // 14 October 2025 is a Tuesday; 14 October 2024 a Monday.
    expect(dateOf("expected on Tuesday, 14 October", REPORT)).toMatchObject({ from: "2025-10-14" });
    expect(dateOf("expected on Monday, 14 October", REPORT)).toMatchObject({ from: "2024-10-14" });
  });

  it("counts “earlier this week” and “yesterday” from the report's date", () => {
    expect(dateOf("in a meeting earlier this week", "2025-11-19")).toEqual({
      from: "2025-11-17",
      to: "2025-11-18",
      text: "earlier this week",
    });
    expect(dateOf("he said yesterday", REPORT)).toMatchObject({
      from: "2025-10-09",
      to: "2025-10-09",
    });
  });

  it("gives nothing for a day name alone, which does not say which week", () => {
    expect(dateOf("on Wednesday in Turkey", REPORT)).toBeUndefined();
    expect(dateOf("no date here", REPORT)).toBeUndefined();
  });
});
