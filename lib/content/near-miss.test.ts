import { describe, expect, it } from "vitest";
import { firstDifference } from "./near-miss";
import { parseJson } from "./parse-json";

const SOURCE =
  "The plan would cost $4.2 million, according to a draft budget, and the first buses would arrive in March.";

describe("firstDifference: why a text said to be verbatim is not", () => {
  it("shows the nearest source words and the first word that differs", () => {
    expect(
      firstDifference(SOURCE, "The plan would cost $4.5 million, according to a draft budget"),
    ).toBe(
      "the nearest source words are “The plan would cost $4.2 million, according to a draft budget,”: yours has “$4.5 million, according to a draft” after “The plan would cost” where the source has “$4.2 million, according to a draft”",
    );
  });

  it("aligns on the part they share when the start is wrong", () => {
    expect(firstDifference(SOURCE, "Officials say the first buses would arrive in March")).toBe(
      "the nearest source words are “budget, and the first buses would arrive in March.”: yours has “Officials say the first buses would” where the source has “budget, and the first buses would”",
    );
  });

  it("says so when no part of it is in the source", () => {
    expect(firstDifference(SOURCE, "Nothing like it at all here")).toMatch(/^no part of it/);
  });
});

describe("parseJson: a syntax error with its line and column", () => {
  it("names the line and column of the mistake", () => {
    expect(parseJson('{\n  "a": 1,\n  "b": 2\n  "c": 3\n}')).toEqual({
      ok: false,
      error: "line 4, column 3: Expected ',' or '}' after property value",
    });
  });
});
