import { describe, expect, it } from "vitest";
import { classLanguage } from "./class-language";

const both = ["en", "es"] as const;

describe("a class page's language", () => {
  it("starts in the class's language on the plain link, until the student chooses", () => {
    expect(classLanguage({ page: "en", chosen: undefined, start: "es", available: both })).toBe(
      "es",
    );
    expect(classLanguage({ page: "en", chosen: "en", start: "es", available: both })).toBe("en");
    expect(
      classLanguage({ page: "en", chosen: undefined, start: undefined, available: both }),
    ).toBe("en");
    expect(classLanguage({ page: "en", chosen: "es", start: undefined, available: both })).toBe(
      "es",
    );
  });

  it("keeps a Spanish address Spanish, unless the briefing has no Spanish edition", () => {
    expect(classLanguage({ page: "es", chosen: "en", start: undefined, available: both })).toBe(
      "es",
    );
    expect(classLanguage({ page: "es", chosen: "es", start: "es", available: ["en"] })).toBe("en");
    expect(classLanguage({ page: "en", chosen: "es", start: "es", available: ["en"] })).toBe("en");
  });
});
