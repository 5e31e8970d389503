// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useQuizPaging } from "./use-quiz-paging";

const QUESTIONS = [{ id: "a" }, { id: "b" }, { id: "c" }];

function setup(canLeave: (id: string) => Promise<boolean> = async () => true) {
  const hook = renderHook(() => useQuizPaging(QUESTIONS, canLeave));
  // The current question's heading, as QuestionBlock attaches it.
  const heading = document.createElement("h2");
  heading.tabIndex = -1;
  document.body.append(heading);
  hook.result.current.headingRef.current = heading;
  return { ...hook, heading };
}

beforeEach(() => vi.useFakeTimers({ toFake: ["requestAnimationFrame", "setTimeout"] }));
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe("useQuizPaging", () => {
  it("starts on the first question", () => {
    const { result } = setup();
    expect(result.current.index).toBe(0);
    expect(result.current.last).toBe(false);
  });

  it("Next validates the question on screen and moves on only when it passes", async () => {
    const asked: string[] = [];
    let ok = false;
    const { result } = setup(async (id) => {
      asked.push(id);
      return ok;
    });
    await act(() => result.current.next());
    expect(result.current.index).toBe(0);
    ok = true;
    await act(() => result.current.next());
    expect(result.current.index).toBe(1);
    await act(() => result.current.next());
    expect(result.current.index).toBe(2);
    expect(asked).toEqual(["a", "a", "b"]);
  });

  it("stops at the last question without validating again", async () => {
    const asked: string[] = [];
    const { result } = setup(async (id) => {
      asked.push(id);
      return true;
    });
    await act(() => result.current.next());
    await act(() => result.current.next());
    expect(result.current.last).toBe(true);
    await act(() => result.current.next());
    expect(result.current.index).toBe(2);
    expect(asked).toEqual(["a", "b"]);
  });

  it("Back goes one question back, never before the first", async () => {
    const { result } = setup();
    await act(() => result.current.next());
    await act(() => result.current.next());
    act(() => result.current.back());
    expect(result.current.index).toBe(1);
    act(() => result.current.back());
    act(() => result.current.back());
    expect(result.current.index).toBe(0);
  });

  it("moves focus to the question's heading after the move is painted", async () => {
    const { result, heading } = setup();
    await act(() => result.current.next());
    // Not synchronously: the heading that will be current has not rendered yet.
    expect(document.activeElement).not.toBe(heading);
    act(() => vi.advanceTimersToNextFrame());
    expect(document.activeElement).toBe(heading);

    heading.blur();
    act(() => result.current.back());
    act(() => vi.advanceTimersToNextFrame());
    expect(document.activeElement).toBe(heading);
  });

  it("does not move focus when validation keeps the reader on the question", async () => {
    const { result, heading } = setup(async () => false);
    await act(() => result.current.next());
    act(() => vi.advanceTimersToNextFrame());
    expect(document.activeElement).not.toBe(heading);
  });

  it("jumps to the first question with an error, in quiz order, and focuses it", () => {
    const { result, heading } = setup();
    act(() => result.current.showFirstError((id) => (id === "c" || id === "b" ? "Wrong" : "")));
    expect(result.current.index).toBe(1);
    act(() => vi.advanceTimersToNextFrame());
    expect(document.activeElement).toBe(heading);
  });

  it("stays put when no question has an error", async () => {
    const { result } = setup();
    await act(() => result.current.next());
    act(() => result.current.showFirstError(() => undefined));
    expect(result.current.index).toBe(1);
  });

  it("restores a saved position without moving focus, capped at the last question", () => {
    const { result, heading } = setup();
    act(() => result.current.restore(1));
    expect(result.current.index).toBe(1);
    act(() => result.current.restore(9));
    expect(result.current.index).toBe(2);
    expect(result.current.last).toBe(true);
    act(() => vi.advanceTimersToNextFrame());
    expect(document.activeElement).not.toBe(heading);
  });

  it("keeps restore stable across renders (it is an effect dependency)", async () => {
    const { result } = setup();
    const first = result.current.restore;
    await act(() => result.current.next());
    expect(result.current.restore).toBe(first);
  });
});
