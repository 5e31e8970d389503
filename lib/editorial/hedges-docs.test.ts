import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FAMILIES, HEDGE_FAMILIES, SAYING_WORDS } from "./hedge-words";
import { HEDGE_WORDS_ES } from "./es/spanish-hedges";

// docs/editorial.md lists the words an editor may use to keep each hedge: the list must be the code's.
const doc = readFileSync("docs/editorial.md", "utf8");
const block = doc.slice(doc.indexOf("<!-- hedge-words"), doc.indexOf("<!-- /hedge-words"));

describe("docs/editorial.md's accepted hedge words", () => {
  it("are the words the check accepts, family by family", () => {
    for (const family of HEDGE_FAMILIES) {
      const f = FAMILIES[family];
      const words = "keeps" in f ? f.keeps : SAYING_WORDS;
      const line = block.split("\n").find((l) => l.startsWith(`- **${f.label}**`));
      expect(line, f.label).toBeDefined();
      expect(line).toContain(words.join(", "));
    }
  });
});

describe("docs/editorial.md's Spanish hedge words", () => {
  it("are the words the Spanish check accepts, family by family", () => {
    const es = doc.slice(doc.indexOf("<!-- hedge-words-es"), doc.indexOf("<!-- /hedge-words-es"));
    for (const family of HEDGE_FAMILIES) {
      const line = es.split("\n").find((l) => l.startsWith(`- **${FAMILIES[family].label}**`));
      expect(line, family).toBe(
        `- **${FAMILIES[family].label}**: ${HEDGE_WORDS_ES[family].join(", ")}`,
      );
    }
  });
});
