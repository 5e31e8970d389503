import { describe, expect, it } from "vitest";
import {
  minimalBriefing,
  minimalQuiz,
  type MinimalQuiz,
} from "../../test/fixtures/minimal-briefing";
import { formatProblem } from "../content/problem";
import { parseQuiz } from "./parse-quiz";

const { source, facts } = minimalBriefing();
const FACTS = { source, facts };
const FILE = "content/briefings/bridge/quiz.json";

function problemsOf(mutate: (q: MinimalQuiz) => void): string[] {
  const quiz = minimalQuiz();
  mutate(quiz);
  return parseQuiz(FILE, JSON.stringify(quiz), FACTS).problems.map(formatProblem);
}

const q = <T extends MinimalQuiz["questions"][number]["type"]>(quiz: MinimalQuiz, type: T) =>
  quiz.questions.find((x) => x.type === type) as Extract<
    MinimalQuiz["questions"][number],
    { type: T }
  >;

describe("parseQuiz", () => {
  it("accepts a valid quiz with every question type", () => {
    const { quiz, problems } = parseQuiz(FILE, JSON.stringify(minimalQuiz()), FACTS);
    expect(problems).toEqual([]);
    expect(quiz?.questions.map((x) => x.type)).toEqual([
      "single",
      "multi",
      "true-false",
      "order",
      "match",
    ]);
  });

  it("reports missing files, bad JSON and schema failures with the question named", () => {
    expect(parseQuiz(FILE, undefined, FACTS).problems.map(formatProblem)).toEqual([
      `${FILE}: missing`,
    ]);
    expect(parseQuiz(FILE, "{", FACTS).problems[0]?.message).toMatch(/is not valid JSON/);
    expect(problemsOf((x) => Object.assign(x.questions[2]!, { answer: "no" }))).toEqual([
      `${FILE} [questions[2] (payer).answer]: must be a boolean (it is string)`,
    ]);
    expect(problemsOf((x) => Object.assign(x.questions[0]!, { hint: "x" }))).toEqual([
      `${FILE} [questions[0] (when)]: has a field this file does not use: "hint" (check the spelling)`,
    ]);
  });

  it("reports repeated question ids and missing cited facts", () => {
    expect(problemsOf((x) => (x.questions[1]!.id = "when"))).toEqual([
      `${FILE} [when]: question id is used twice`,
    ]);
    expect(problemsOf((x) => x.questions[0]!.facts.push("gone"))).toEqual([
      `${FILE} [when]: cites fact "gone", which is not in facts.json`,
    ]);
  });

  it("single: the key must be one of the options, and option ids unique", () => {
    expect(problemsOf((x) => (q(x, "single").answer = "july"))).toEqual([
      `${FILE} [when]: answer "july" is not one of its options`,
      // "may" is now a wrong option, and says nowhere why.
      `${FILE} [when]: wrong option "may" has no reason ("why")`,
    ]);
    expect(problemsOf((x) => (q(x, "single").options[1]!.id = "may"))).toEqual([
      `${FILE} [when]: option ids repeat`,
      `${FILE} [when]: option "may" is a right answer but carries a reason ("why")`,
    ]);
  });

  it("multi: keys exist, do not repeat, and are not every option", () => {
    expect(problemsOf((x) => q(x, "multi").answer.push("e"))).toEqual([
      `${FILE} [which]: answer "e" is not one of its options`,
    ]);
    expect(problemsOf((x) => q(x, "multi").answer.push("a"))).toEqual([
      `${FILE} [which]: answer lists an option twice`,
    ]);
    expect(problemsOf((x) => (q(x, "multi").answer = ["a", "b", "c", "d"]))).toEqual([
      `${FILE} [which]: every option is correct: nothing to choose`,
      `${FILE} [which]: option "b" is a right answer but carries a reason ("why")`,
      `${FILE} [which]: option "d" is a right answer but carries a reason ("why")`,
    ]);
  });

  it("order: the key is a permutation of the items, not their authored order", () => {
    expect(problemsOf((x) => q(x, "order").answer.pop())).toEqual([
      `${FILE} [steps]: answer must list every item exactly once`,
    ]);
    expect(problemsOf((x) => (q(x, "order").answer = ["one", "one", "three", "four"]))).toEqual([
      `${FILE} [steps]: answer must list every item exactly once`,
    ]);
    expect(problemsOf((x) => (q(x, "order").answer = ["two", "one", "four", "three"]))).toEqual([
      `${FILE} [steps]: items are authored in the answer's order`,
    ]);
  });

  it("match: every prompt has exactly one existing option", () => {
    expect(problemsOf((x) => delete q(x, "match").answer.q3)).toEqual([
      `${FILE} [who]: prompt "q3" has no answer`,
    ]);
    expect(problemsOf((x) => (q(x, "match").answer.q4 = "x"))).toEqual([
      `${FILE} [who]: answer names prompt "q4", which does not exist`,
    ]);
    expect(problemsOf((x) => (q(x, "match").answer.q1 = "w"))).toEqual([
      `${FILE} [who]: answer "w" for "q1" is not one of its options`,
    ]);
  });
});
