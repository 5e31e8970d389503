import { describe, expect, it } from "vitest";
import { fixture as briefing } from "@/test/content/fixture-briefing";
import { slugsWithEasyText } from "./content-folders.server";
import { easyRewrites } from "./level-rewrites.server";
import { isLevel, textAt } from "./reading-level-choice";

describe("reading levels", () => {
  it("shows the easier text only where the briefing has one", () => {
    expect(textAt(briefing, "easy")).toMatchObject({ level: "easy", title: briefing.easy!.title });
    expect(textAt(briefing, "standard")).toMatchObject({
      level: "standard",
      title: briefing.title,
    });
    expect(textAt(briefing, undefined).level).toBe("standard");
    expect(textAt({ ...briefing, easy: undefined }, "easy")).toMatchObject({
      level: "standard",
      title: briefing.title,
    });
  });

  it("accepts only the two level names from a cookie or a query", () => {
    expect(["standard", "easy"].every(isLevel)).toBe(true);
    for (const bad of ["", "Easy", "hard", undefined, null, 1]) expect(isLevel(bad)).toBe(false);
  });

  it("rewrites /<slug> by cookie for briefings with an easier text, and no other path", () => {
    const [rule, ...more] = easyRewrites();
    expect(more).toEqual([]);
    expect(rule).toEqual({
      source: `/:slug(${slugsWithEasyText().join("|")})`,
      has: [{ type: "cookie", key: "bq_level", value: "easy" }],
      destination: "/:slug/easy",
    });
  });
});
