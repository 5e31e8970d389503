import { describe, expect, it } from "vitest";
import { minimalQuiz } from "@/lib/content/__fixtures__/minimal-briefing";
import type { Question } from "@/lib/content/quiz-schema";
import { scoreAttempt, scoreQuestion } from "./score";

const questions = minimalQuiz().questions as Question[];
const byType = (type: Question["type"]) => questions.find((q) => q.type === type)!;

describe("scoreQuestion", () => {
  it("single: 1 for the key, 0 for anything else or a wrong shape", () => {
    const q = byType("single");
    expect(scoreQuestion(q, "may")).toBe(1);
    expect(scoreQuestion(q, "june")).toBe(0);
    expect(scoreQuestion(q, ["may"])).toBe(0);
    expect(scoreQuestion(q, undefined)).toBe(0);
  });

  it("true-false: 1 or 0, and the string 'false' is not the boolean", () => {
    const q = byType("true-false");
    expect(scoreQuestion(q, false)).toBe(1);
    expect(scoreQuestion(q, true)).toBe(0);
    expect(scoreQuestion(q, "false")).toBe(0);
  });

  it("multi: right minus wrong over the number right, floored at 0", () => {
    const q = byType("multi"); // key: a, c
    expect(scoreQuestion(q, ["a", "c"])).toBe(1);
    expect(scoreQuestion(q, ["c", "a"])).toBe(1);
    expect(scoreQuestion(q, ["a"])).toBe(0.5);
    expect(scoreQuestion(q, ["a", "c", "b"])).toBe(0.5);
    expect(scoreQuestion(q, ["a", "b", "c", "d"])).toBe(0); // select-all earns nothing
    expect(scoreQuestion(q, ["b", "d"])).toBe(0);
    expect(scoreQuestion(q, [])).toBe(0);
    expect(scoreQuestion(q, ["a", "a"])).toBe(0.5); // repeats count once
    expect(scoreQuestion(q, "a")).toBe(0);
  });

  it("order: the share of neighbouring pairs in the key's order", () => {
    const q = byType("order"); // key: one two three four
    expect(scoreQuestion(q, ["one", "two", "three", "four"])).toBe(1);
    expect(scoreQuestion(q, ["two", "three", "four", "one"])).toBeCloseTo(2 / 3);
    expect(scoreQuestion(q, ["one", "two", "four", "three"])).toBeCloseTo(1 / 3);
    expect(scoreQuestion(q, ["four", "three", "two", "one"])).toBe(0);
    expect(scoreQuestion(q, ["one", "two", "three"])).toBe(0); // wrong length
    expect(scoreQuestion(q, { one: "1" })).toBe(0);
  });

  it("match: the share of prompts matched right", () => {
    const q = byType("match"); // q1 x, q2 y, q3 z
    expect(scoreQuestion(q, { q1: "x", q2: "y", q3: "z" })).toBe(1);
    expect(scoreQuestion(q, { q1: "x", q2: "z", q3: "y" })).toBeCloseTo(1 / 3);
    expect(scoreQuestion(q, { q1: "x" })).toBeCloseTo(1 / 3);
    expect(scoreQuestion(q, {})).toBe(0);
    expect(scoreQuestion(q, ["x", "y", "z"])).toBe(0);
  });
});

describe("scoreAttempt", () => {
  it("sums credits, rounded to two decimals, out of one point a question", () => {
    const responses = {
      when: "may",
      which: ["a"],
      payer: true,
      steps: ["two", "three", "four", "one"],
      who: { q1: "x", q2: "y", q3: "z" },
    };
    const result = scoreAttempt(questions, responses);
    expect(result.maxScore).toBe(5);
    expect(result.results).toEqual([
      { questionId: "when", credit: 1 },
      { questionId: "which", credit: 0.5 },
      { questionId: "payer", credit: 0 },
      { questionId: "steps", credit: 0.67 },
      { questionId: "who", credit: 1 },
    ]);
    expect(result.score).toBe(3.17);
  });

  it("scores unanswered questions as 0 and a subset out of its own size", () => {
    expect(scoreAttempt(questions.slice(0, 2), {})).toEqual({
      score: 0,
      maxScore: 2,
      results: [
        { questionId: "when", credit: 0 },
        { questionId: "which", credit: 0 },
      ],
    });
  });
});
