import { describe, expect, it } from "vitest";
import { minimalQuiz } from "@/test/fixtures/minimal-briefing";
import { toPublicQuiz } from "./public-quiz";
import { seededShuffle } from "./shuffle";

describe("toPublicQuiz", () => {
  it("carries no answer keys, explanations or fact ids", () => {
    const quiz = minimalQuiz();
    const json = JSON.stringify(toPublicQuiz(quiz));
    expect(json).not.toMatch(/"answer"|"explanation"|"facts"/);
    for (const q of quiz.questions) expect(json).not.toContain(q.explanation);
    expect(toPublicQuiz(quiz).questions.find((q) => q.id === "payer")).toEqual({
      id: "payer",
      type: "true-false",
      prompt: "We know who pays.",
      options: [
        { id: "true", text: "True" },
        { id: "false", text: "False" },
      ],
    });
  });

  it("keeps only the requested questions, in quiz order", () => {
    expect(
      toPublicQuiz(minimalQuiz(), new Set(["who", "when"])).questions.map((q) => q.id),
    ).toEqual(["when", "who"]);
  });
});

describe("seededShuffle", () => {
  const items = ["a", "b", "c", "d", "e", "f"];

  it("is a stable permutation for one seed", () => {
    const once = seededShuffle(items, "attempt-1:q1");
    expect(seededShuffle(items, "attempt-1:q1")).toEqual(once);
    expect([...once].sort()).toEqual(items);
    expect(items).toEqual(["a", "b", "c", "d", "e", "f"]); // input untouched
  });

  it("differs between seeds and spreads positions", () => {
    const orders = new Set(
      Array.from({ length: 50 }, (_, i) => seededShuffle(items, `seed-${i}`).join("")),
    );
    expect(orders.size).toBeGreaterThan(40);
    const firsts = new Set(Array.from({ length: 60 }, (_, i) => seededShuffle(items, `s${i}`)[0]));
    expect(firsts.size).toBe(items.length);
  });
});
