import { describe, expect, it } from "vitest";
import { fixture as briefing } from "@/test/content/fixture-briefing";
import { existsSync } from "node:fs";
import path from "node:path";
import { briefingDir, listBriefingSlugs, slugsWithEasyText } from "./content-folders.server";
import { choiceRewrites } from "./level-rewrites.server";
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

  it("rewrites /<slug> by cookie to the chosen language and level, most specific first, and no other path", () => {
    const easy = `(${slugsWithEasyText().join("|")})`;
    // The published briefing has a Spanish edition with an easier text (content/…/es/); the
    // test fixture has neither.
    const spanish = `(${listBriefingSlugs()
      .filter((slug) => existsSync(path.join(briefingDir(slug), "es")))
      .join("|")})`;
    const lang = { type: "cookie", key: "bq_lang", value: "es" };
    const level = { type: "cookie", key: "bq_level", value: "easy" };
    expect(choiceRewrites()).toEqual([
      { source: `/:slug${spanish}`, has: [lang, level], destination: "/es/:slug/easy" },
      { source: `/:slug${spanish}`, has: [lang], destination: "/es/:slug" },
      { source: `/es/:slug${spanish}`, has: [level], destination: "/es/:slug/easy" },
      { source: `/:slug${easy}`, has: [level], destination: "/:slug/easy" },
    ]);
  });
});
