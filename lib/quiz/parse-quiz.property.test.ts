import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { garbageString, quizArb } from "@/test/support/arbitraries";
import { formatProblem } from "../content/problem";
import { parseQuiz } from "./parse-quiz";

// Build-time content check, so only the cheap properties: it is total, it agrees with the
// generators the other property tests rely on, and it never passes a quiz with a problem.
const FILE = "content/briefings/x/quiz.json";
const FACTS = { source: { text: "" }, facts: [{ id: "fact", evidence: "" }] };

describe("parseQuiz", () => {
  it("accepts every generated quiz as is (the generators make only valid content)", () => {
    fc.assert(
      fc.property(quizArb, (quiz) => {
        const result = parseQuiz(FILE, JSON.stringify(quiz), FACTS);
        expect(result.problems.map(formatProblem)).toEqual([]);
        expect(result.quiz).toEqual(quiz);
      }),
    );
  });

  it("never throws: any text gives a quiz or problems, never both and never neither", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          garbageString,
          fc.jsonValue().map((v) => JSON.stringify(v)),
          quizArb.map((q) => JSON.stringify({ ...q, extra: true })),
          quizArb.chain((q) =>
            fc
              .tuple(
                fc.nat(q.questions.length - 1),
                fc.constantFrom("answer", "id", "facts", "type"),
                fc.jsonValue(),
              )
              .map(([i, key, v]) =>
                JSON.stringify({
                  ...q,
                  questions: q.questions.map((x, j) => (j === i ? { ...x, [key]: v } : x)),
                }),
              ),
          ),
        ),
        (raw) => {
          const { quiz, problems } = parseQuiz(FILE, raw, FACTS);
          expect(quiz === undefined).toBe(problems.length > 0);
          for (const p of problems) expect(p.file).toBe(FILE);
        },
      ),
    );
  });
});
