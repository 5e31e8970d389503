import { createRequire } from "node:module";
import path from "node:path";
import { cruise, type ICruiseResult, type IConfiguration } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

// The layer rules (.dependency-cruiser.cjs, run by `npm run test:layers`) must be able to
// fail: the fixture breaks each one on purpose, and every rule has to catch its break.
const config = createRequire(import.meta.url)("../../.dependency-cruiser.cjs") as IConfiguration;
const ruleNames = (config.forbidden ?? []).map((rule) => rule.name);

async function violationsIn(baseDir: string) {
  const { output } = await cruise(["app", "components", "lib"], {
    ...config.options,
    ruleSet: { forbidden: config.forbidden },
    validate: true,
    baseDir,
  });
  return (output as ICruiseResult).summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.to,
  }));
}

describe("layer rules", () => {
  it("each fires on the fixture's deliberate violation", async () => {
    const found = await violationsIn(path.join(import.meta.dirname, "fixture"));
    expect(ruleNames.length).toBeGreaterThanOrEqual(9);
    for (const rule of ruleNames) {
      expect(
        found.filter((v) => v.rule === rule),
        rule,
      ).not.toEqual([]);
    }
    expect(found).toContainEqual({
      rule: "store-behind-the-root",
      from: "app/page.ts",
      to: "lib/store/store.ts",
    });
    // A loop between folders, though no module imports itself back.
    expect(found).toContainEqual(
      expect.objectContaining({ rule: "no-folder-cycles", from: "lib/alpha" }),
    );
  });

  it("find nothing in the real tree", async () => {
    expect(await violationsIn(process.cwd())).toEqual([]);
  }, 60_000);
});
