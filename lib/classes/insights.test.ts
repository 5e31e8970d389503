import { describe, expect, it } from "vitest";
import { minimalQuiz } from "@/test/fixtures/minimal-briefing";
import type { Quiz } from "@/lib/quiz/quiz-schema";
import { classCsv } from "./class-csv";
import { questionInsights, scoreDistribution } from "./insights";
import type { ClassAttempt, ClassResult } from "./types";

const quiz = minimalQuiz() as Quiz;

function result(studentId: string, latest: Partial<ClassAttempt>): ClassResult {
  const attempt: ClassAttempt = {
    attemptId: `${studentId}-1`,
    createdAt: Date.UTC(2026, 10, 26, 9, 30),
    score: 0,
    maxScore: 5,
    responses: {},
    credits: {},
    ...latest,
  };
  return {
    studentId,
    attempts: 1,
    attemptIds: [attempt.attemptId],
    latest: attempt,
    best: attempt,
  };
}

const all = { when: 1, which: 1, payer: 1, steps: 1, who: 1 };
const results = [
  result("a", {
    score: 5,
    credits: all,
    responses: { when: "may", which: ["a", "c"] },
    lang: "es",
  }),
  result("b", {
    score: 2.5,
    credits: { ...all, when: 0, which: 0.5, steps: 0 },
    responses: { when: "june", which: ["a", "b", "c"], steps: ["two", "one", "three", "four"] },
  }),
  result("c", {
    score: 3,
    credits: { ...all, when: 0, payer: 0 },
    responses: { when: "june", payer: true },
  }),
  // A retry of missed questions covers only some: it does not count for the others.
  result("d", { score: 1, maxScore: 1, credits: { who: 1 } }),
];

describe("class insights", () => {
  it("gives each question's share fully right among those who answered it", () => {
    const byId = Object.fromEntries(questionInsights(quiz, results).map((q) => [q.questionId, q]));
    expect(byId.when).toMatchObject({ answered: 3, right: 1, percent: 33 });
    expect(byId.which).toMatchObject({ answered: 3, right: 2, percent: 67 });
    expect(byId.who).toMatchObject({ answered: 4, right: 4, percent: 100 });
    expect(byId.who!.commonWrong).toBeUndefined();
  });

  it("names the wrong answer chosen most often, in the words of the options", () => {
    const byId = Object.fromEntries(questionInsights(quiz, results).map((q) => [q.questionId, q]));
    const june = quiz.questions[0]!.type === "single" && quiz.questions[0]!.options[1]!.why;
    expect(byId.when!.commonWrong).toEqual({ text: "June", count: 2, reason: june });
    expect(byId.which!.commonWrong).toMatchObject({ text: "B", count: 1 });
    expect(byId.payer!.commonWrong).toMatchObject({ text: "True", count: 1 });
    // A swap puts two events out of place: both count, the first by name wins the tie.
    expect(byId.steps!.commonWrong).toMatchObject({ text: "“Plan made” out of place", count: 1 });
  });

  it("gives the reason the most chosen wrong answer is wrong, for the teacher to reteach", () => {
    const byId = Object.fromEntries(questionInsights(quiz, results).map((q) => [q.questionId, q]));
    expect(byId.when!.commonWrong!.reason).toEqual({
      text: "Officials said the “river bridge” reopens in May.",
      facts: ["reopen-may"],
    });
    expect(byId.payer!.commonWrong!.reason).toEqual({
      text: "The Gazette says it is not yet clear who pays.",
      facts: ["payer-unknown"],
    });
    expect(byId.which!.commonWrong!.reason).toEqual({
      text: "Not in the report.",
      notInReport: true,
    });
  });

  it("counts latest scores per fifth of the range", () => {
    expect(scoreDistribution(results).map((d) => d.count)).toEqual([0, 0, 1, 1, 2]);
  });

  it("exports one CSV row per student, sorted by nickname, with its language and per-question credit", () => {
    const csv = classCsv(quiz, {
      students: [
        { studentId: "b", nickname: "=cmd|' /C calc'!A0", joinedAt: Date.UTC(2026, 10, 26, 9) },
        { studentId: "a", nickname: "Ana", joinedAt: Date.UTC(2026, 10, 26, 9) },
        { studentId: "z", nickname: "Zed", joinedAt: Date.UTC(2026, 10, 26, 9) },
      ],
      results: results.slice(0, 2),
      removed: [],
    }).split("\r\n");
    expect(csv[0]).toBe(
      '"Nickname","Joined (UTC)","Submitted (UTC)","Latest score","Max score","Latest %","Best score","Attempts","Latest language","Q1 when","Q2 which","Q3 payer","Q4 steps","Q5 who"',
    );
    expect(csv[1]).toBe(
      `"'=cmd|' /C calc'!A0","2026-11-26T09:00:00.000Z","2026-11-26T09:30:00.000Z","2.5","5","50","2.5","1","English","0","0.5","1","0","1"`,
    );
    expect(csv[2]).toMatch(/^"Ana",.*,"5","5","100","5","1","Spanish","1","1","1","1","1"$/);
    expect(csv[3]).toBe('"Zed","2026-11-26T09:00:00.000Z","","","","","","0","","","","","",""');
  });
});
