import { describe, expect, it } from "vitest";
import { parseBriefing } from "../content/parse-briefing";
import { parseQuiz } from "../quiz/parse-quiz";
import { formatProblem } from "../content/problem";
import { scaffoldBriefing } from "./scaffold";

const SOURCE = `date 2025-10-10 The council will vote on buses, officials said. "It is time," the mayor said.

The plan would cost $4.2 million, according to a draft budget.`;

describe("content:new's scaffold", () => {
  const files = scaffoldBriefing(SOURCE, "2026-01-01");

  it("numbers the source's sentences for the editor to cite, and dates it from its dateline", () => {
    expect(files["sentences.txt"]).toBe(
      '1. date 2025-10-10\n2. The council will vote on buses, officials said.\n3. "It is time," the mayor said.\n4. The plan would cost $4.2 million, according to a draft budget.\n',
    );
    expect(JSON.parse(files["source.json"]!).date).toBe("2025-10-10");
  });

  it("writes files the schema takes, whose every placeholder the check names", () => {
    const { briefing, problems } = parseBriefing("new-story", files);
    expect(briefing).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      "content/briefings/new-story/source.json [title]: is still a placeholder (TODO): write it, or remove the entry",
      "content/briefings/new-story/source.json [originalReporting]: is still a placeholder (TODO): write it, or remove the entry",
      "content/briefings/new-story/source.json [note]: is still a placeholder (TODO): write it, or remove the entry",
      "content/briefings/new-story/facts.json [[0] (first-fact).statement]: is still a placeholder (TODO): write it, or remove the entry",
      "content/briefings/new-story/facts.json [[0] (first-fact).attribution]: is still a placeholder (TODO): write it, or remove the entry",
      "content/briefings/new-story/briefing.json [title]: is still a placeholder (TODO): write it, or remove the entry",
      "content/briefings/new-story/briefing.json [dek]: is still a placeholder (TODO): write it, or remove the entry",
      "content/briefings/new-story/briefing.json [sections[0] (key-points).items[0].text]: is still a placeholder (TODO): write it, or remove the entry",
    ]);
    const facts = [{ id: "first-fact", evidence: "x" }];
    const quiz = parseQuiz("quiz.json", files["quiz.json"], { source: { text: SOURCE }, facts });
    expect(quiz.problems.length).toBeGreaterThan(0);
    expect(quiz.problems.every((p) => p.message.startsWith("is still a placeholder"))).toBe(true);
  });

  it("takes the first sentence as the starter fact's evidence, verbatim", () => {
    expect(JSON.parse(files["facts.json"]!)[0].evidence).toBe(
      "The council will vote on buses, officials said",
    );
  });
});
