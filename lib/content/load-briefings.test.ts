import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "@/test/temp-dir";
import { minimalBriefing, minimalQuiz, toFiles } from "./__fixtures__/minimal-briefing";
import { checkAllBriefings } from "./check-all";
import { listBriefingSlugs, loadAllBriefings, loadBriefing } from "./load-briefings";

function contentRoot(folders: Record<string, ReturnType<typeof toFiles>>): string {
  const root = tempDir("briefings");
  for (const [slug, files] of Object.entries(folders)) {
    mkdirSync(path.join(root, slug));
    for (const [name, text] of Object.entries(files))
      writeFileSync(path.join(root, slug, name), text!);
  }
  for (const slug of Object.keys(folders)) {
    writeFileSync(path.join(root, slug, "quiz.json"), JSON.stringify(minimalQuiz()));
  }
  writeFileSync(path.join(root, "README.md"), "not a briefing");
  return root;
}

describe("loading briefings from disk", () => {
  it("discovers every folder as a briefing, with no registry to update", () => {
    const root = contentRoot({
      beta: toFiles(minimalBriefing()),
      alpha: toFiles(minimalBriefing()),
    });
    expect(listBriefingSlugs(root)).toEqual(["alpha", "beta"]);
    expect(loadAllBriefings(root).map((b) => b.slug)).toEqual(["alpha", "beta"]);
    expect(checkAllBriefings(root).problems).toEqual([]);
  });

  it("checks each sound briefing's quiz against its facts", () => {
    const root = contentRoot({ alpha: toFiles(minimalBriefing()) });
    const quiz = minimalQuiz();
    quiz.questions[0]!.facts = ["no-such-fact"];
    writeFileSync(path.join(root, "alpha", "quiz.json"), JSON.stringify(quiz));
    expect(checkAllBriefings(root).problems).toEqual([
      {
        file: expect.stringMatching(/alpha\/quiz\.json$/),
        id: "when",
        message: 'cites fact "no-such-fact", which is not in facts.json',
      },
    ]);
  });

  it("returns undefined for an unknown slug and throws, listing problems, for an invalid one", () => {
    const broken = minimalBriefing();
    broken.facts[0]!.evidence = "not in the source";
    const root = contentRoot({ good: toFiles(minimalBriefing()), broken: toFiles(broken) });
    expect(loadBriefing("missing", root)).toBeUndefined();
    expect(loadBriefing("good", root)?.title).toBe(minimalBriefing().briefing.title);
    expect(() => loadBriefing("broken", root)).toThrow(/evidence not found verbatim/);
    expect(checkAllBriefings(root).problems).toHaveLength(1);
  });

  it("passes the content check on the real content folder", () => {
    const { slugs, problems } = checkAllBriefings();
    expect(slugs).toContain("us-28-point-plan");
    expect(problems).toEqual([]);
  });
});
