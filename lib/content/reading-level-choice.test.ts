import { describe, expect, it } from "vitest";
import { easyRewrites } from "./level-rewrites";
import { loadBriefing } from "./load-briefings";
import { isLevel, textAt } from "./reading-level-choice";

const briefing = loadBriefing("us-28-point-plan")!;

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
      source: "/:slug(us-28-point-plan)",
      has: [{ type: "cookie", key: "bq_level", value: "easy" }],
      destination: "/:slug/easy",
    });
  });
});
