import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FAMILIES, HEDGE_FAMILIES, SAYING_WORDS } from "./hedges";

// The README lists the words an editor may use to keep each hedge: the list must be the code's.
const readme = readFileSync("README.md", "utf8");
const block = readme.slice(readme.indexOf("<!-- hedge-words"), readme.indexOf("<!-- /hedge-words"));

describe("the README's accepted hedge words", () => {
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
