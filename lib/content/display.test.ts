import { describe, expect, it } from "vitest";
import { attributionsOf, displayQuote } from "./display";
import { normalizeForMatch, occursIn } from "./normalize";
import { briefingWordCount, readingMinutes } from "./reading-time";
import { minimalBriefing } from "../../test/fixtures/minimal-briefing";
import type { BriefingDoc } from "./schemas";

describe("displayQuote", () => {
  it("drops only the comma that led into the attribution", () => {
    expect(displayQuote("We feel heard,")).toBe("We feel heard");
    expect(displayQuote("saying, 'not just Ukraine,'")).toBe("saying, 'not just Ukraine'");
    expect(displayQuote("Done. Really.")).toBe("Done. Really.");
  });
});

describe("attributionsOf", () => {
  it("lists each source once, in citation order", () => {
    const facts = minimalBriefing().facts;
    expect(attributionsOf([facts[1]!, facts[0]!, facts[1]!])).toEqual(["The Gazette", "Officials"]);
  });
});

describe("normalizeForMatch", () => {
  it("folds whitespace and curly quotes, nothing else", () => {
    expect(normalizeForMatch("  “Hi”\n\t‘there’ ")).toBe(`"Hi" 'there'`);
    expect(occursIn("He said “yes”.", 'said "yes"')).toBe(true);
    expect(occursIn("He said “yes”.", "said yes")).toBe(false);
    expect(occursIn("He said “yes”.", 'Said "yes"')).toBe(false);
  });
});

describe("reading time", () => {
  it("counts every word a reader sees and rounds to whole minutes, at least one", () => {
    const doc = minimalBriefing().briefing as BriefingDoc;
    // title 7 + dek 10 + headings 2+3 + bullets 9+7+7 + quotes 4+3 + speakers 2+2
    expect(briefingWordCount(doc)).toBe(56);
    expect(readingMinutes(doc)).toBe(1);
    const long = { ...doc, dek: "word ".repeat(700) };
    expect(readingMinutes(long)).toBe(4);
  });
});
