import { describe, expect, it } from "vitest";
import { failureWords, GENERAL_FAILURE } from "./failure-words";

describe("a failed launch's words", () => {
  it("say what failed and what to do, and never show a code", () => {
    expect(failureWords("replayed")).toMatch(/already used\. Open the activity again/);
    for (const why of [undefined, "", "toString", "__proto__", "constructor", "<script>"]) {
      expect(failureWords(why), String(why)).toBe(GENERAL_FAILURE);
    }
  });
});
