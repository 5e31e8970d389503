// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RETRY_DELAYS, useResendUntilSaved } from "./use-resend-until-saved";
import type { QuizActionState } from "@/lib/quiz/quiz-action-state";

const notSaved = (retryAfterSeconds?: number): QuizActionState => ({
  fieldErrors: {},
  formError: "Not sent yet",
  values: {},
  payload: { retry: true, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) },
});

function setup(initial: QuizActionState = null) {
  let sends = 0;
  const resend = () => void sends++;
  const hook = renderHook(({ state }) => useResendUntilSaved(state, resend), {
    initialProps: { state: initial },
  });
  return { ...hook, sends: () => sends };
}

/** Advances to just before `seconds` and checks nothing was sent, then to it. */
function expectResendAfter(seconds: number, sends: () => number) {
  const before = sends();
  act(() => vi.advanceTimersByTime(seconds * 1000 - 1));
  expect(sends()).toBe(before);
  act(() => vi.advanceTimersByTime(1));
  expect(sends()).toBe(before + 1);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("useResendUntilSaved", () => {
  it("backs off 3, 6, 12 then every 30 seconds, one resend per failed send", () => {
    expect(RETRY_DELAYS).toEqual([3, 6, 12, 30]);
    const { rerender, sends } = setup(notSaved());
    for (const seconds of [3, 6, 12, 30, 30]) {
      expectResendAfter(seconds, sends);
      // Only the answer to that resend (another "not saved yet") schedules the next one.
      act(() => vi.advanceTimersByTime(120_000));
      rerender({ state: notSaved() });
    }
    expect(sends()).toBe(5);
  });

  it("waits out a rate limit when it is longer than the back-off step", () => {
    const { rerender, sends } = setup(notSaved(45));
    expectResendAfter(45, sends);
    // Shorter than the next step (6 s): the back-off wins.
    rerender({ state: notSaved(2) });
    expectResendAfter(6, sends);
    // Every refusal still advances the back-off: the third step is 12 s.
    rerender({ state: notSaved(20) });
    expectResendAfter(20, sends);
    rerender({ state: notSaved() });
    expectResendAfter(30, sends);
  });

  it("resends as soon as the browser is back online, without waiting", () => {
    const { sends } = setup(notSaved());
    act(() => void window.dispatchEvent(new Event("online")));
    expect(sends()).toBe(1);
  });

  it("stops (timer and online listener) once the answer is no longer 'not saved'", () => {
    const { rerender, sends } = setup(notSaved());
    rerender({ state: { fieldErrors: { q1: "Choose an answer." }, values: {} } });
    act(() => vi.advanceTimersByTime(120_000));
    act(() => void window.dispatchEvent(new Event("online")));
    expect(sends()).toBe(0);
  });

  it("never resends a stale page or a plain error", () => {
    const { rerender, sends } = setup({
      fieldErrors: {},
      formError: "This page was updated",
      values: {},
      payload: { stale: true },
    });
    act(() => vi.advanceTimersByTime(120_000));
    act(() => void window.dispatchEvent(new Event("online")));
    rerender({ state: null });
    act(() => vi.advanceTimersByTime(120_000));
    expect(sends()).toBe(0);
  });

  it("calls the latest resend, and a new one does not restart the wait", () => {
    const calls: string[] = [];
    const state = notSaved();
    const { rerender } = renderHook(
      ({ name }) => useResendUntilSaved(state, () => calls.push(name)),
      { initialProps: { name: "first" } },
    );
    act(() => vi.advanceTimersByTime(2_000));
    rerender({ name: "second" });
    act(() => vi.advanceTimersByTime(1_000));
    expect(calls).toEqual(["second"]);
  });
});
