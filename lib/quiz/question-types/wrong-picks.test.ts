import { describe, expect, it } from "vitest";
import { minimalQuiz } from "@/test/fixtures/minimal-briefing";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import { typeOf, type Question } from "./type-registry";
import type { Response } from "./shared";

const wrongPicks = (q: Question, response: Response | undefined) =>
  typeOf(q).wrongPicks(q, response);

const quiz = minimalQuiz() as Quiz;
const byId = (id: string) => quiz.questions.find((q) => q.id === id) as Question;
const NOT_IN_REPORT = { text: "Not in the report.", notInReport: true };

describe("each type's wrongPicks: why each wrong piece of an answer is wrong", () => {
  it("single: the chosen wrong option with its reason; nothing for the key", () => {
    expect(wrongPicks(byId("when"), "june")).toEqual([
      {
        yours: "June",
        label: "June",
        reason: {
          text: "Officials said the “river bridge” reopens in May.",
          facts: ["reopen-may"],
        },
      },
    ]);
    expect(wrongPicks(byId("when"), "may")).toEqual([]);
  });

  it("true/false: the wrong value gets the question's whyNot", () => {
    expect(wrongPicks(byId("payer"), true).map((w) => [w.yours, w.reason.text])).toEqual([
      ["True", "The Gazette says it is not yet clear who pays."],
    ]);
    expect(wrongPicks(byId("payer"), false)).toEqual([]);
  });

  it("multi: each wrong tick once, right ticks and unknown ids left out", () => {
    expect(wrongPicks(byId("which"), ["a", "b", "b", "zzz", "d"])).toEqual([
      { yours: "B", label: "B", reason: NOT_IN_REPORT },
      { yours: "D", label: "D", reason: NOT_IN_REPORT },
    ]);
  });

  it("order: each event out of place, quoted with the place the reader gave it", () => {
    expect(wrongPicks(byId("steps"), ["two", "one", "three", "four"])).toEqual([
      { yours: "1. Work begins", label: "“Work begins” out of place", reason: NOT_IN_REPORT },
      { yours: "2. Plan made", label: "“Plan made” out of place", reason: NOT_IN_REPORT },
    ]);
  });

  it("match: each wrong line with its reason; blank lines say nothing", () => {
    expect(wrongPicks(byId("who"), { q1: "y", q2: "y" })).toEqual([
      { yours: "Quote one → Y", label: "“Quote one” → Y", reason: NOT_IN_REPORT },
    ]);
  });

  it("an answer of the wrong shape has no wrong pieces to explain", () => {
    for (const id of ["when", "which", "payer", "steps", "who"]) {
      expect(wrongPicks(byId(id), undefined)).toEqual([]);
    }
    expect(wrongPicks(byId("payer"), "true")).toEqual([]);
    expect(wrongPicks(byId("which"), "a")).toEqual([]);
    expect(wrongPicks(byId("who"), ["q1"])).toEqual([]);
  });
});
