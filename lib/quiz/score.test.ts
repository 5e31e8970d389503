import { describe, expect, it } from "vitest";
import { minimalQuiz } from "@/test/fixtures/minimal-briefing";
import type { Question } from "@/lib/quiz/question-types/type-registry";
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

  it("multi: right picks over right options minus wrong picks over wrong options, floored at 0", () => {
    const q = byType("multi"); // options a b c d, key: a, c
    expect(scoreQuestion(q, ["a", "c"])).toBe(1);
    expect(scoreQuestion(q, ["c", "a"])).toBe(1);
    expect(scoreQuestion(q, ["a"])).toBe(0.5);
    expect(scoreQuestion(q, ["a", "c", "b"])).toBe(0.5); // 2/2 − 1/2
    expect(scoreQuestion(q, ["a", "b", "c", "d"])).toBe(0); // select-all earns nothing
    expect(scoreQuestion(q, ["b", "d"])).toBe(0);
    expect(scoreQuestion(q, [])).toBe(0);
    expect(scoreQuestion(q, ["a", "a"])).toBe(0.5); // repeats count once
    expect(scoreQuestion(q, ["a", "c", "ghost"])).toBe(0.5); // an unknown id counts as wrong
    expect(scoreQuestion(q, "a")).toBe(0);
  });

  it("multi: select-all earns 0 even when most options are right", () => {
    // Shaped like the real "four-areas" question, where the old rule gave select-all 0.5.
    const q = { ...byType("multi"), answer: ["a", "b", "c"] } as Question; // one wrong: d
    expect(scoreQuestion(q, ["a", "b", "c", "d"])).toBe(0);
    expect(scoreQuestion(q, ["a", "b", "d"])).toBe(0); // 2/3 − 1/1, floored
    expect(scoreQuestion(q, ["a", "b"])).toBeCloseTo(2 / 3);
  });

  it("multi and order: an array with holes or non-strings is the wrong shape", () => {
    const multi = byType("multi");
    // A client typed as string[] can still hand over holes (JSON never makes them, code can).
    expect(scoreQuestion(multi, ["a", , "c"] as string[])).toBe(0);
    expect(scoreQuestion(multi, new Array(2))).toBe(0);
    expect(scoreQuestion(multi, ["a", 3] as unknown as string[])).toBe(0);
    const order = byType("order");
    expect(scoreQuestion(order, new Array(4))).toBe(0);
    expect(scoreQuestion(order, ["one", , , "four"] as string[])).toBe(0);
  });

  it("order: the share of all pairs of items in the key's relative order", () => {
    const q = byType("order"); // key: one two three four; 6 pairs
    expect(scoreQuestion(q, ["one", "two", "three", "four"])).toBe(1);
    expect(scoreQuestion(q, ["one", "three", "two", "four"])).toBeCloseTo(5 / 6); // middle swap
    expect(scoreQuestion(q, ["one", "two", "four", "three"])).toBeCloseTo(5 / 6);
    expect(scoreQuestion(q, ["two", "three", "four", "one"])).toBe(0.5); // first moved 3 places
    expect(scoreQuestion(q, ["four", "three", "two", "one"])).toBe(0); // reversed
    expect(scoreQuestion(q, ["one", "two", "three"])).toBe(0); // wrong length
    expect(scoreQuestion(q, ["one", "two", "three", "ghost"])).toBe(0); // unknown item
    expect(scoreQuestion(q, ["one", "two", "three", "three"])).toBe(0); // repeated item
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
      { questionId: "steps", credit: 0.5 }, // "one" moved 3 places: 3 of 6 pairs out of order
      { questionId: "who", credit: 1 },
    ]);
    expect(result.score).toBe(3);
  });

  it("rounds each credit before summing: 5/6 is stored as 0.83", () => {
    const responses = {
      steps: ["one", "three", "two", "four"], // one neighbouring swap: 5 of 6 pairs
      who: { q1: "x", q2: "z", q3: "y" }, // 1/3
    };
    const result = scoreAttempt(questions.slice(3), responses);
    expect(result.results).toEqual([
      { questionId: "steps", credit: 0.83 },
      { questionId: "who", credit: 0.33 },
    ]);
    expect(result.score).toBe(1.16); // not round(5/6 + 1/3) = 1.17
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
