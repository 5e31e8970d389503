import { describe, expect, it } from "vitest";
import { optionSeed, seededShuffle, SHOWN_BEFORE_HYDRATION } from "./shuffle";

const ATTEMPT = "0b7c2f4e-9a51-4d2b-8c3e-5f6a7b8c9d0e";
const ids = ["who", "when", "where", "why"];

describe("optionSeed", () => {
  it("never shuffles the question the server's HTML shows, so it can show at first paint", () => {
    expect(SHOWN_BEFORE_HYDRATION).toBe(0);
    for (const attemptId of [undefined, ATTEMPT])
      for (const current of [0, 1, 3])
        expect(optionSeed(attemptId, { id: "who", position: 0 }, current)).toBeUndefined();
  });

  it("shuffles a later question per attempt, only while it is on screen", () => {
    expect(optionSeed(ATTEMPT, { id: "when", position: 1 }, 1)).toBe(`${ATTEMPT}:when`);
    expect(optionSeed(ATTEMPT, { id: "when", position: 1 }, 0)).toBeUndefined();
    expect(optionSeed(ATTEMPT, { id: "when", position: 1 }, 2)).toBeUndefined();
    expect(optionSeed("another-attempt", { id: "when", position: 1 }, 1)).toBe(
      "another-attempt:when",
    );
  });

  it("has no seed before the attempt id exists (not hydrated yet)", () => {
    expect(optionSeed(undefined, { id: "when", position: 1 }, 1)).toBeUndefined();
  });

  it("gives each later question the same order every time it is shown, across reloads", () => {
    const options = ["a", "b", "c", "d", "e"];
    const orderAt = (position: number, current: number) => {
      const seed = optionSeed(ATTEMPT, { id: ids[position]!, position }, current);
      return seed ? seededShuffle(options, seed) : options;
    };
    // Walk forward and back: what is on screen is always the same per question.
    const shown = new Map<number, string[]>();
    for (const current of [0, 1, 2, 3, 2, 1, 0, 3]) {
      const now = orderAt(current, current);
      expect(now).toEqual(shown.get(current) ?? now);
      shown.set(current, now);
    }
    expect(shown.get(0)).toEqual(options);
  });
});
