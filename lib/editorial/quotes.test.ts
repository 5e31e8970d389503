import { describe, expect, it } from "vitest";
import { misquotes } from "./quotes";

const SOURCE =
  "The administration has been “secretly” working. “We know the Americans are working on something,” the official said.";

describe("misquotes: words in quote marks are the source's own", () => {
  it("accepts exact words, any case, curly or straight quotes, cut at ellipses", () => {
    expect(misquotes("Officials say it was done “secretly”.", SOURCE)).toEqual([]);
    expect(misquotes('He said "we know".', SOURCE)).toEqual([]);
    expect(misquotes("“We know the Americans…something,”", SOURCE)).toEqual([]);
  });

  it("refuses a part word, a changed word and an invented quote", () => {
    expect(misquotes("A “secret” plan", SOURCE)).toEqual(["secret"]);
    expect(misquotes("“We know the Russians are working”", SOURCE)).toEqual([
      "We know the Russians are working",
    ]);
    expect(misquotes("Text without quotes", SOURCE)).toEqual([]);
  });
});
