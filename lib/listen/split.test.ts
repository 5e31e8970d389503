import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_UTTERANCE, splitUtterances } from "./split";

const pieces = (text: string, max?: number) =>
  splitUtterances(text, max).map(({ start, end }) => text.slice(start, end));

describe("splitUtterances", () => {
  it("reads one sentence at a time", () => {
    expect(pieces("New buses in March. Four stations! Who pays? Ruiz")).toEqual([
      "New buses in March.",
      "Four stations!",
      "Who pays?",
      "Ruiz",
    ]);
  });

  it("keeps a heading or a short line whole, without its surrounding whitespace", () => {
    expect(splitUtterances("  Key points \n")).toEqual([{ start: 2, end: 12 }]);
    expect(pieces("   ")).toEqual([]);
  });

  it("does not end a sentence at a title, an initial or dotted letters", () => {
    expect(pieces("Mr. Shah met Dr. Jones. They talked.")).toEqual([
      "Mr. Shah met Dr. Jones.",
      "They talked.",
    ]);
    expect(pieces("J. K. Rowling wrote it. The U.S. plan has 28 points.")).toEqual([
      "J. K. Rowling wrote it.",
      "The U.S. plan has 28 points.",
    ]);
    expect(pieces("It was dated Nov. 19 in the report. No. 10 said nothing.")).toEqual([
      "It was dated Nov. 19 in the report.",
      "No. 10 said nothing.",
    ]);
  });

  it("ends a sentence after “US”, which is a word, not an abbreviation", () => {
    expect(pieces("The plan came from the US. Russia was consulted.")).toEqual([
      "The plan came from the US.",
      "Russia was consulted.",
    ]);
  });

  it("does not split numbers, or a sentence going on in lower case", () => {
    expect(pieces("It rose 2.5 points. Then, e.g. here, it fell.")).toEqual([
      "It rose 2.5 points.",
      "Then, e.g. here, it fell.",
    ]);
  });

  it("keeps a closing quote with its sentence, and a quoted question with its speaker", () => {
    expect(
      pieces(
        "Ortiz was quoted as saying: “Our children breathe what these buses burn.” Shah also reportedly talked the plan over.",
      ),
    ).toEqual([
      "Ortiz was quoted as saying: “Our children breathe what these buses burn.”",
      "Shah also reportedly talked the plan over.",
    ]);
    expect(pieces("“Why now?” she asked. 'Because.' He left.")).toEqual([
      "“Why now?” she asked.",
      "'Because.'",
      "He left.",
    ]);
    expect(pieces("“…it is time to stop the killing.”")).toEqual([
      "“…it is time to stop the killing.”",
    ]);
  });

  it("splits a very long sentence after a comma, under the maximum length", () => {
    const sentence =
      "The mayor has been clear that it is time to stop buying diesel buses and make a deal for new ones, and Mayor Ortiz believes that there is a chance to pass the plan next week if the price is cut, a council official said to the Ledger on Wednesday.";
    const parts = pieces(sentence, 120);
    expect(parts).toEqual([
      "The mayor has been clear that it is time to stop buying diesel buses and make a deal for new ones,",
      "and Mayor Ortiz believes that there is a chance to pass the plan next week if the price is cut,",
      "a council official said to the Ledger on Wednesday.",
    ]);
  });

  it("falls back to a word boundary, then to a hard cut, for engines that cut long text off", () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    const parts = pieces(words, 50);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(50);
    expect(parts.join(" ")).toBe(words);
    expect(pieces("x".repeat(120), 50)).toEqual(["x".repeat(50), "x".repeat(50), "x".repeat(20)]);
  });

  it("always returns ordered, trimmed spans under the maximum that lose no word", () => {
    const alphabet = fc.constantFrom(..."ab AZ.,?!“”'\n…".split(""));
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 400 }),
        fc.integer({ min: 5, max: MAX_UTTERANCE }),
        (text, max) => {
          const spans = splitUtterances(text, max);
          let last = 0;
          for (const { start, end } of spans) {
            expect(start).toBeGreaterThanOrEqual(last);
            expect(end - start).toBeGreaterThan(0);
            expect(end - start).toBeLessThanOrEqual(max);
            expect(text[start]).not.toMatch(/\s/);
            expect(text[end - 1]).not.toMatch(/\s/);
            last = end;
          }
          const kept = spans.map(({ start, end }) => text.slice(start, end)).join("");
          expect(kept.replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
        },
      ),
    );
  });
});
