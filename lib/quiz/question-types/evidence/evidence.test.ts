import { describe, expect, it } from "vitest";
import { parseQuiz } from "@/lib/quiz/parse-quiz";
import { formatProblem } from "@/lib/content/problem";
import { evidence, type EvidenceQuestion } from ".";

const SOURCE =
  "Officials said the bridge reopens in May. “We are glad,” a resident said. It rained.";
const FACTS = [{ id: "glad", evidence: "“We are glad,” a resident said" }];
const CONTEXT = { source: SOURCE, facts: new Map(FACTS.map((f) => [f.id, f])) };

function question(): EvidenceQuestion {
  return {
    id: "proof",
    type: "evidence",
    prompt: "Which sentence proves this claim?",
    claim: "A resident said they are glad.",
    options: [
      {
        id: "may",
        text: "Officials said the bridge reopens in May",
        why: { text: "Not it.", notInReport: true },
      },
      { id: "glad", text: '"We are glad," a resident said' },
      { id: "rain", text: "It rained", why: { text: "Not it.", notInReport: true } },
    ],
    answer: "glad",
    explanation: "A resident said so.",
    facts: ["glad"],
  };
}

describe("evidence questions", () => {
  it("accept sentences quoted from the source, the right one being the tested fact's evidence", () => {
    expect(evidence.keyProblems(question(), CONTEXT)).toEqual([]);
  });

  it("refuse a sentence that is not the source's own words", () => {
    const q = question();
    q.options[2]!.text = "It rained all day";
    expect(evidence.keyProblems(q, CONTEXT)).toEqual([
      `sentence "rain" is not verbatim in source.txt: the nearest source words are “It rained.”: yours has “rained all day” after “It” where the source has “rained.”`,
    ]);
  });

  it("refuse a right sentence that is not the evidence of the fact the question tests", () => {
    const q = { ...question(), answer: "may" };
    q.options[0] = { id: "may", text: "Officials said the bridge reopens in May" };
    q.options[1] = { ...q.options[1]!, why: { text: "Not it.", notInReport: true } };
    expect(evidence.keyProblems(q, CONTEXT)).toEqual([
      `the right sentence must be the evidence of fact "glad", which it tests`,
    ]);
  });

  it("score like a single choice, and say why a wrong sentence is not the proof", () => {
    const q = question();
    expect(evidence.score(q, "glad")).toBe(1);
    expect(evidence.score(q, "rain")).toBe(0);
    expect(evidence.wrongPicks(q, "rain")).toEqual([
      { yours: "It rained", label: "It rained", reason: { text: "Not it.", notInReport: true } },
    ]);
    expect(evidence.title(q)).toBe(
      "Which sentence proves this claim? Claim: A resident said they are glad.",
    );
  });

  it("show the page the claim and the sentences, never the key or the reasons", () => {
    const shown = JSON.stringify(evidence.project(question()));
    expect(shown).toContain("A resident said they are glad.");
    expect(shown).not.toMatch(/"(answer|why|explanation|facts)"/);
  });

  it("parse in quiz.json, with the schema's limits: three or four sentences", () => {
    const briefing = { source: { text: SOURCE }, facts: FACTS };
    const quiz = { title: "Q", questions: [question()] };
    expect(parseQuiz("quiz.json", JSON.stringify(quiz), briefing).problems).toEqual([]);
    quiz.questions[0]!.options = quiz.questions[0]!.options.slice(0, 2);
    expect(
      parseQuiz("quiz.json", JSON.stringify(quiz), briefing).problems.map(formatProblem),
    ).toEqual([expect.stringMatching(/options\]: Too small: expected array to have >=3 items/)]);
  });
});
