// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import type { FieldErrors } from "react-hook-form";
import { afterEach, describe, expect, it } from "vitest";
import type { PublicQuestion } from "@/lib/quiz/question-types/type-registry";
import { messageOf, useQuizForm } from "./use-quiz-form";

const options = [
  { id: "a", text: "A" },
  { id: "b", text: "B" },
];
const QUESTIONS: PublicQuestion[] = [
  { id: "q1", type: "single", prompt: "One?", options },
  { id: "q2", type: "multi", prompt: "Two?", options },
];

afterEach(cleanup);

describe("useQuizForm", () => {
  it("starts empty: no answer, and an empty list for a select-all question", () => {
    const { result } = renderHook(() => useQuizForm("bridge", undefined, QUESTIONS));
    expect(result.current.defaults).toEqual({ slug: "bridge", answers: { q1: undefined, q2: [] } });
    expect(result.current.form.getValues()).toEqual(result.current.defaults);
    const retry = renderHook(() => useQuizForm("bridge", "q2", QUESTIONS));
    expect(retry.result.current.defaults.only).toBe("q2");
  });

  it("validates a question with the shared schema when asked (Next), not before", async () => {
    const { result } = renderHook(() => useQuizForm("bridge", undefined, QUESTIONS));
    expect(result.current.form.formState.errors).toEqual({});
    let ok = true;
    await act(async () => {
      ok = await result.current.form.trigger("answers.q1");
    });
    expect(ok).toBe(false);
    expect(messageOf(result.current.form.formState.errors.answers?.q1)).toBe("Choose an answer.");
    // Only the question asked about: the next one has no message yet.
    expect(result.current.form.formState.errors.answers?.q2).toBeUndefined();

    act(() => result.current.form.setValue("answers.q1", "a"));
    await act(async () => {
      ok = await result.current.form.trigger("answers.q1");
    });
    expect(ok).toBe(true);
  });

  it("keeps its resolver and defaults across renders (memoised on the quiz)", () => {
    const { result, rerender } = renderHook(() => useQuizForm("bridge", undefined, QUESTIONS));
    const { resolver, defaults } = result.current;
    rerender();
    expect(result.current.resolver).toBe(resolver);
    expect(result.current.defaults).toBe(defaults);
    expect(typeof resolver.preload).toBe("function");
  });
});

describe("messageOf", () => {
  it("returns a question's own message", () => {
    expect(messageOf({ type: "required", message: "Choose an answer." })).toBe("Choose an answer.");
  });

  it("finds the first message nested under parts (match lines, order positions)", () => {
    const errors = {
      first: { type: "custom", message: "" },
      second: { type: "custom", message: "Choose a match for every line." },
      third: { type: "custom", message: "Later." },
    } as unknown as FieldErrors;
    expect(messageOf(errors)).toBe("Choose a match for every line.");
  });

  it("does not walk into the DOM element RHF keeps as an error's ref", () => {
    const ref = document.createElement("input");
    Object.assign(ref, { message: "not an error" });
    expect(messageOf({ type: "required", message: "", ref })).toBeUndefined();
  });

  it("has nothing to say without an error", () => {
    expect(messageOf(undefined)).toBeUndefined();
    expect(messageOf({} as FieldErrors)).toBeUndefined();
  });
});
