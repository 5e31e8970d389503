import { describe, expect, it } from "vitest";
import { failureWords, GENERAL_FAILURE } from "./failure-words";

describe("a failed launch's words", () => {
  it("say what failed and what to do, and never show a code", () => {
    expect(failureWords("replayed")).toMatch(/already used\. Open the activity again/);
    for (const why of [undefined, "", "toString", "__proto__", "constructor", "<script>"]) {
      expect(failureWords(why), String(why)).toBe(GENERAL_FAILURE);
    }
  });

  it("say it in Spanish for a Spanish class, with the same fallback for what is not ours", () => {
    expect(failureWords("removed", "es")).toMatch(/^Tu profesor te quitó/);
    expect(failureWords("toString", "es")).toMatch(/^El inicio desde tu plataforma/);
    expect(failureWords("ticket", "es")).not.toBe(failureWords("ticket"));
  });
});
