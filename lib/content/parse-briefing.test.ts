import { describe, expect, it } from "vitest";
import {
  minimalBriefing,
  toFiles,
  type MinimalBriefing,
} from "../../test/fixtures/minimal-briefing";
import { parseBriefing } from "./parse-briefing";
import { formatProblem } from "./problem";

function problemsOf(mutate: (b: MinimalBriefing) => void, slug = "bridge") {
  const b = minimalBriefing();
  mutate(b);
  return parseBriefing(slug, toFiles(b)).problems.map(formatProblem);
}

describe("parseBriefing", () => {
  it("accepts a valid briefing, folding whitespace and curly quotes only", () => {
    const { briefing, problems } = parseBriefing("bridge", toFiles(minimalBriefing()));
    expect(problems).toEqual([]);
    expect(briefing?.slug).toBe("bridge");
    expect(briefing?.facts.map((f) => f.id)).toEqual([
      "reopen-may",
      "payer-unknown",
      "repairs-months",
      "work-march",
      "resident-glad",
    ]);
    expect(briefing?.source.originalReporting).toBe("The Gazette");
  });

  it("reports a schema failure with file, entry id and field", () => {
    expect(problemsOf((b) => (b.facts[0]!.attribution = "  "))).toEqual([
      "content/briefings/bridge/facts.json [[0] (reopen-may).attribution]: must not be empty",
    ]);
  });

  it("rejects unknown fields, so a typo in a key cannot pass silently", () => {
    expect(problemsOf((b) => Object.assign(b.facts[1]!, { evidnce: "x" }))).toEqual([
      expect.stringMatching(
        /facts\.json \[\[1\] \(payer-unknown\)\]: has a field this file does not use: "evidnce" \(check the spelling\)/,
      ),
    ]);
  });

  it("rejects a malformed date and invalid JSON", () => {
    expect(problemsOf((b) => (b.source.meta.date = "19/11/2025"))).toEqual([
      "content/briefings/bridge/source.json [date]: must be an ISO date (YYYY-MM-DD)",
    ]);
    const files = { ...toFiles(minimalBriefing()), "facts.json": "[{" };
    expect(parseBriefing("bridge", files).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/briefings\/bridge\/facts\.json: is not valid JSON/),
    ]);
  });

  it("reports evidence that is not verbatim in the source", () => {
    // Changing one word is not a typographic difference: it must fail.
    expect(problemsOf((b) => (b.facts[0]!.evidence = "the river bridge will open in May"))).toEqual(
      [
        'content/briefings/bridge/facts.json [reopen-may]: evidence not found verbatim in source.txt: "the river bridge will open in May": the nearest source words are “the "river bridge" will reopen in May.”: yours has “river bridge will open in May” after “the” where the source has “"river bridge" will reopen in May.”',
      ],
    );
  });

  it("does not fold case or punctuation when matching evidence", () => {
    expect(problemsOf((b) => (b.facts[1]!.evidence = "it's not yet clear who pays"))).toHaveLength(
      1,
    );
    expect(problemsOf((b) => (b.facts[1]!.evidence = "It's not yet clear, who pays"))).toHaveLength(
      1,
    );
  });

  it("reports a quote that is not verbatim in the source", () => {
    expect(
      problemsOf(
        (b) =>
          (b.briefing.sections[1]!.items[0] = {
            quote: "It is not clear",
            speaker: "X",
            facts: ["payer-unknown"],
          }),
      ),
    ).toEqual([
      'content/briefings/bridge/briefing.json [quotes.items[0]]: quote not found verbatim in source.txt: "It is not clear": no part of it is in the source: copy the words from source.txt',
    ]);
  });

  it("reports a cited fact id that does not exist", () => {
    expect(problemsOf((b) => b.briefing.sections[0]!.items[0]!.facts.push("reopen-june"))).toEqual([
      'content/briefings/bridge/briefing.json [key-points.items[0]]: cites fact "reopen-june", which is not in facts.json',
    ]);
  });

  it("reports a fact that is never cited", () => {
    expect(
      problemsOf((b) =>
        b.facts.push({
          id: "unused",
          statement: "S.",
          evidence: "reopen in May",
          attribution: "A",
        }),
      ),
    ).toEqual([
      "content/briefings/bridge/facts.json [unused]: fact is never cited by briefing.json",
    ]);
  });

  it("reports repeated fact ids and repeated section ids", () => {
    expect(problemsOf((b) => b.facts.push({ ...b.facts[0]! }))).toEqual([
      "content/briefings/bridge/facts.json [reopen-may]: fact id is used twice",
    ]);
    expect(problemsOf((b) => (b.briefing.sections[1]!.id = "key-points"))).toEqual([
      "content/briefings/bridge/briefing.json [key-points]: section id is used twice",
    ]);
  });

  it("rejects ids and folder names that cannot be anchors or routes", () => {
    expect(problemsOf((b) => (b.facts[0]!.id = "Reopen May"))).toContain(
      "content/briefings/bridge/facts.json [[0] (Reopen May).id]: must be lowercase kebab-case (a-z, 0-9, single hyphens)",
    );
    expect(problemsOf(() => {}, "Bad_Slug")).toEqual([
      "content/briefings/Bad_Slug: folder name must be lowercase kebab-case (a-z, 0-9, single hyphens)",
    ]);
  });

  it("reports missing files and an empty source", () => {
    const files = toFiles(minimalBriefing());
    delete files["facts.json"];
    files["source.txt"] = "  \n";
    expect(parseBriefing("bridge", files).problems.map(formatProblem)).toEqual([
      "content/briefings/bridge/source.txt: missing or empty",
      "content/briefings/bridge/facts.json: missing",
    ]);
  });

  it("rejects evidence long enough to republish the report", () => {
    const long = "word ".repeat(60).trim();
    const problems = problemsOf((b) => {
      b.source.text += ` ${long}`;
      b.facts[0]!.evidence = long;
    });
    expect(problems).toEqual([
      "content/briefings/bridge/facts.json [[0] (reopen-may).evidence]: must be at most 240 characters",
    ]);
  });
});
