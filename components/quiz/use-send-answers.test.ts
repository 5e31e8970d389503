// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
// The error Next's router throws when the server no longer has the action's id.
import { UnrecognizedActionError } from "next/dist/client/components/unrecognized-action-error";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useResendUntilSaved } from "./use-resend-until-saved";
import type { QuizAction, QuizActionState } from "@/lib/quiz/quiz-action-state";
import { failedSend, useSendAnswers } from "./use-send-answers";
import { en } from "@/lib/i18n/en";

const words = en.quiz.form;
const { notSent: NOT_SENT, stale: STALE } = words;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

/** Sends once and waits for the transition to settle; returns what onResult saw. */
async function sendOnce(
  hook: { current: ReturnType<typeof useSendAnswers> },
  previous: QuizActionState = null,
  data = form([["slug", "s"]]),
) {
  const seen: QuizActionState[] = [];
  await act(async () => hook.current.send(previous, data, (r) => seen.push(r)));
  return seen;
}

describe("failedSend (stale deployment detection)", () => {
  it("asks for a reload, not a resend, when the action is gone after a deployment", () => {
    const error = new UnrecognizedActionError("Server Action 7f00 was not found on the server.");
    expect(failedSend(error, words)).toEqual({
      fieldErrors: {},
      formError: STALE,
      values: {},
      payload: { stale: true },
    });
  });

  it("asks for a resend on anything else (offline, dropped connection, server down)", () => {
    for (const error of [new TypeError("Failed to fetch"), new Error("500"), "weird", undefined])
      expect(failedSend(error, words)).toEqual({
        fieldErrors: {},
        formError: NOT_SENT,
        values: {},
        payload: { retry: true },
      });
  });

  it("does not take an ordinary error named like Next's for a stale page", () => {
    const lookalike = Object.assign(new Error("not found"), { name: "UnrecognizedActionError" });
    expect(failedSend(lookalike, words).payload?.stale).toBeUndefined();
  });
});

describe("useSendAnswers", () => {
  it("sends the previous state and the form's fields, and keeps what came back", async () => {
    const calls: [QuizActionState, FormData][] = [];
    const back: QuizActionState = { fieldErrors: { q2: "Choose an answer." }, values: {} };
    const action: QuizAction = async (state, data) => {
      calls.push([state, data]);
      return back;
    };
    const { result } = renderHook(() => useSendAnswers(action, words));
    const previous: QuizActionState = {
      fieldErrors: {},
      formError: NOT_SENT,
      values: {},
      payload: { retry: true },
    };
    const data = form([
      ["slug", "s"],
      ["answers.q1", "a"],
    ]);
    const seen = await sendOnce(result, previous, data);
    expect(calls).toEqual([[previous, data]]);
    expect(result.current.sent).toBe(back);
    expect(seen).toEqual([back]);
    expect(result.current.sending).toBe(false);
  });

  it("says it is sending from the tap until the answer comes back", async () => {
    let answer: (state: QuizActionState) => void = () => {};
    const action: QuizAction = () => new Promise((resolve) => (answer = resolve));
    const { result } = renderHook(() => useSendAnswers(action, words));
    expect(result.current.sending).toBe(false);
    act(() => result.current.send(null, form([]), () => {}));
    expect(result.current.sending).toBe(true);
    await act(async () => answer({ fieldErrors: {}, formError: "Try again.", values: {} }));
    expect(result.current.sending).toBe(false);
  });

  it("turns a thrown stale-deployment error into the reload message", async () => {
    const action: QuizAction = async () => {
      throw new UnrecognizedActionError("gone");
    };
    const { result } = renderHook(() => useSendAnswers(action, words));
    const seen = await sendOnce(result);
    expect(result.current.sent).toEqual({
      fieldErrors: {},
      formError: STALE,
      values: {},
      payload: { stale: true },
    });
    expect(seen).toEqual([]);
    expect(result.current.sending).toBe(false);
  });

  it("turns a failed fetch into 'not sent yet', to be resent", async () => {
    const action: QuizAction = async () => {
      throw new TypeError("Failed to fetch");
    };
    const { result } = renderHook(() => useSendAnswers(action, words));
    await sendOnce(result);
    expect(result.current.sent).toEqual({
      fieldErrors: {},
      formError: NOT_SENT,
      values: {},
      payload: { retry: true },
    });
  });
});

describe("useSendAnswers with useResendUntilSaved", () => {
  function setup(fail: () => never) {
    let sends = 0;
    const action: QuizAction = async () => {
      sends++;
      fail();
    };
    const hook = renderHook(() => {
      const sender = useSendAnswers(action, words);
      // As the form does: the resend resubmits the form, which sends again.
      useResendUntilSaved(sender.sent, () => sender.send(sender.sent, form([]), () => {}));
      return sender;
    });
    return { ...hook, sends: () => sends };
  }

  it("resends a failed fetch by itself after the first back-off step", async () => {
    vi.useFakeTimers();
    const { result, sends } = setup(() => {
      throw new TypeError("Failed to fetch");
    });
    await sendOnce(result);
    expect(sends()).toBe(1);
    await act(async () => vi.advanceTimersByTime(3_000));
    expect(sends()).toBe(2);
  });

  it("never resends a page from an older deployment", async () => {
    vi.useFakeTimers();
    const { result, sends } = setup(() => {
      throw new UnrecognizedActionError("gone");
    });
    await sendOnce(result);
    await act(async () => vi.advanceTimersByTime(120_000));
    await act(async () => void window.dispatchEvent(new Event("online")));
    expect(sends()).toBe(1);
    expect(result.current.sent?.payload?.stale).toBe(true);
  });
});
