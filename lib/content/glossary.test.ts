import { describe, expect, it } from "vitest";
import { termMarker, usesTerm } from "./glossary";
import type { GlossaryEntry } from "./schemas";

const envoy: GlossaryEntry = { id: "envoy", term: "envoy", forms: ["envoys"], definition: "D." };
const wh: GlossaryEntry = { id: "white-house", term: "White House", definition: "W." };

describe("glossary terms in running text", () => {
  it("matches whole words in any case, and other forms", () => {
    expect(usesTerm("Trump's Envoy said", envoy)).toBe(true);
    expect(usesTerm("two envoys met", envoy)).toBe(true);
    expect(usesTerm("the envoyship", envoy)).toBe(false);
  });

  it("marks each term at its first occurrence on the page only", () => {
    const mark = termMarker([envoy, wh]);
    expect(mark("The envoy met the White House.")).toEqual([
      "The ",
      { entry: envoy, text: "envoy" },
      " met the ",
      { entry: wh, text: "White House" },
      ".",
    ]);
    expect(mark("Another envoy at the White House.")).toEqual([
      "Another envoy at the White House.",
    ]);
  });
});
