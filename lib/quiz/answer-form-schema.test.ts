import { describe, expect, it } from "vitest";
import { minimalQuiz } from "@/test/fixtures/minimal-briefing";
import {
  formDataToValues,
  messagesByQuestion,
  quizFormSchema,
  toResponses,
} from "./answer-form-schema";
import { toPublicQuiz } from "./public-quiz";
import { MESSAGES } from "./question-types/messages";

const { questions } = toPublicQuiz(minimalQuiz());
const ATTEMPT = "0b6c2a52-3a8e-4d5e-9d6e-2f1c8a9b7c6d";

function validForm(): FormData {
  const f = new FormData();
  f.append("slug", "bridge");
  f.append("attemptId", ATTEMPT);
  f.append("answers.when", "may");
  f.append("answers.which", "a");
  f.append("answers.which", "c");
  f.append("answers.payer", "false");
  for (const [item, pos] of [
    ["one", "1"],
    ["two", "2"],
    ["three", "4"],
    ["four", "3"],
  ]) {
    f.append(`answers.steps.${item}`, pos!);
  }
  for (const [p, o] of [
    ["q1", "x"],
    ["q2", "y"],
    ["q3", "z"],
  ])
    f.append(`answers.who.${p}`, o!);
  return f;
}

const parse = (f: FormData) => quizFormSchema(questions).safeParse(formDataToValues(f, questions));
const errorsOf = (f: FormData) => {
  const r = parse(f);
  return r.success ? {} : messagesByQuestion(r.error.issues);
};

describe("quiz form schema", () => {
  it("parses a complete form and turns it into scorer responses", () => {
    const r = parse(validForm());
    expect(r.success).toBe(true);
    expect(toResponses(questions, r.data!.answers)).toEqual({
      when: "may",
      which: ["a", "c"],
      payer: false,
      steps: ["one", "two", "four", "three"],
      who: { q1: "x", q2: "y", q3: "z" },
    });
  });

  it("treats a single ticked checkbox as a one-item list", () => {
    const f = validForm();
    f.delete("answers.which");
    f.append("answers.which", "c");
    expect(parse(f).data?.answers.which).toEqual(["c"]);
  });

  it("ignores React's $ACTION fields from a no-JS post, and allows no attempt id", () => {
    const f = validForm();
    f.delete("attemptId");
    f.append("$ACTION_ID_abc", "");
    f.append("$ACTION_REF_1", "");
    expect(parse(f).success).toBe(true);
  });

  it("asks for an answer to each unanswered question, by type", () => {
    const f = new FormData();
    f.append("slug", "bridge");
    expect(errorsOf(f)).toEqual({
      when: MESSAGES.choose,
      which: MESSAGES.chooseSome,
      payer: MESSAGES.choose,
      steps: MESSAGES.order,
      who: MESSAGES.match,
    });
  });

  it("rejects options, positions and matches that do not exist or repeat", () => {
    const bad = (key: string, value: string) => {
      const f = validForm();
      f.set(key, value);
      return errorsOf(f);
    };
    expect(bad("answers.when", "july")).toEqual({ when: MESSAGES.choose });
    expect(bad("answers.payer", "maybe")).toEqual({ payer: MESSAGES.choose });
    expect(bad("answers.steps.two", "1")).toEqual({ steps: MESSAGES.order });
    expect(bad("answers.steps.two", "9")).toEqual({ steps: MESSAGES.order });
    expect(bad("answers.who.q2", "")).toEqual({ who: MESSAGES.match });
    expect(bad("answers.which", "zz")).toEqual({ which: MESSAGES.chooseSome });
  });

  it("is strict: unknown questions, parts and fields are rejected", () => {
    const extra = (key: string) => {
      const f = validForm();
      f.append(key, "1");
      return parse(f).success;
    };
    expect(extra("answers.bonus")).toBe(false);
    expect(extra("answers.steps.five")).toBe(false);
    expect(extra("answers.who.q1.deep")).toBe(false);
    expect(extra("score")).toBe(false);
    expect(extra("slug")).toBe(false); // repeated
    const f = validForm();
    f.set("attemptId", "not-a-uuid");
    expect(errorsOf(f)).toEqual({ "": expect.stringMatching(/not valid/) });
  });

  it("builds a schema for a subset, which rejects answers to other questions", () => {
    const subset = toPublicQuiz(minimalQuiz(), new Set(["when"])).questions;
    const f = new FormData();
    f.append("slug", "bridge");
    f.append("answers.when", "june");
    expect(quizFormSchema(subset).safeParse(formDataToValues(f, subset)).success).toBe(true);
    f.append("answers.payer", "true");
    expect(quizFormSchema(subset).safeParse(formDataToValues(f, subset)).success).toBe(false);
  });
});
