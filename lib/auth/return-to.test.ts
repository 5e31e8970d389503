import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./return-to";

describe("safeReturnTo", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnTo("/some-briefing/quiz")).toBe("/some-briefing/quiz");
    expect(safeReturnTo("/me?x=1#top")).toBe("/me?x=1#top");
  });

  it("refuses anything that could leave the site", () => {
    for (const hostile of [
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "evil.example",
      "/%09/evil.example".replace("%09", "\t/"),
      "",
      undefined,
      42,
      `/${"a".repeat(600)}`,
    ]) {
      expect(safeReturnTo(hostile)).toBe("/me");
    }
  });
});
