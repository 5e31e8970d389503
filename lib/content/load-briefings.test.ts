import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_ROOT, FIXTURE_SLUG } from "@/test/content/fixture-briefing";
import { tempDir } from "@/test/temp-dir";
import { minimalBriefing, minimalQuiz, toFiles } from "../../test/fixtures/minimal-briefing";
import { checkAllBriefings } from "../editorial/check-all";
import { listBriefingSlugs, loadAllBriefings, loadBriefing } from "./load-briefings.server";

type Folder = ReturnType<typeof toFiles> | "fixture";

/** A content folder of briefings: the fixture briefing copied, or minimal files with a quiz. */
function contentRoot(folders: Record<string, Folder>): string {
  const root = tempDir("briefings");
  for (const [slug, files] of Object.entries(folders)) {
    if (files === "fixture") {
      cpSync(path.join(FIXTURE_ROOT, FIXTURE_SLUG), path.join(root, slug), { recursive: true });
      continue;
    }
    mkdirSync(path.join(root, slug));
    for (const [name, text] of Object.entries(files))
      writeFileSync(path.join(root, slug, name), text!);
    writeFileSync(path.join(root, slug, "quiz.json"), JSON.stringify(minimalQuiz()));
  }
  writeFileSync(path.join(root, "README.md"), "not a briefing");
  return root;
}

describe("loading briefings from disk", () => {
  it("discovers every folder as a briefing, with no registry to update", () => {
    const root = contentRoot({ beta: "fixture", alpha: "fixture" });
    expect(listBriefingSlugs(root)).toEqual(["alpha", "beta"]);
    expect(loadAllBriefings(root).map((b) => b.slug)).toEqual(["alpha", "beta"]);
    expect(checkAllBriefings(root).problems).toEqual([]);
  });

  it("checks each sound briefing's quiz against its facts", () => {
    const root = contentRoot({ alpha: "fixture" });
    const file = path.join(root, "alpha", "quiz.json");
    const quiz = JSON.parse(readFileSync(file, "utf8"));
    quiz.questions[0].facts = ["no-such-fact"];
    writeFileSync(file, JSON.stringify(quiz));
    expect(checkAllBriefings(root).problems).toEqual([
      {
        file: expect.stringMatching(/alpha\/quiz\.json$/),
        id: quiz.questions[0].id,
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
    expect(checkAllBriefings(root).problems).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^evidence not found verbatim/) }),
    );
  });

  it("passes the content check on the real content folder", () => {
    const { slugs, problems } = checkAllBriefings();
    expect(slugs.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("lists every briefing newest source first, then by slug", () => {
    const root = contentRoot({ beta: "fixture", alpha: "fixture" });
    const older = path.join(root, "alpha", "source.json");
    writeFileSync(
      older,
      JSON.stringify({ ...JSON.parse(readFileSync(older, "utf8")), date: "2020-01-01" }),
    );
    expect(loadAllBriefings(root).map((b) => b.slug)).toEqual(["beta", "alpha"]);
  });

  it("reads several content folders, and refuses a slug found in two", () => {
    const one = contentRoot({ alpha: "fixture" });
    const two = contentRoot({ beta: "fixture" });
    expect(listBriefingSlugs([one, two])).toEqual(["alpha", "beta"]);
    expect(loadBriefing("beta", [one, two])?.slug).toBe("beta");
    expect(() => listBriefingSlugs([one, contentRoot({ alpha: "fixture" })])).toThrow(
      /"alpha" is in two content folders/,
    );
  });
});
