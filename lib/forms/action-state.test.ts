import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import * as zod from "zod";
import { INVALID_FORM, issueMessages } from "./action-state";

describe("issueMessages", () => {
  it("keeps the first message per field, and the form's own under ''", () => {
    expect(
      issueMessages([
        { path: ["title"], message: "Give the class a title." },
        { path: ["title"], message: "At most 80 characters." },
        { path: ["slug"], message: "Choose a briefing." },
        { path: [], message: "The whole form." },
        { path: ["closesAt", 0], message: "Pick a date and time." },
      ]),
    ).toEqual({
      title: "Give the class a title.",
      slug: "Choose a briefing.",
      "": "The whole form.",
      closesAt: "Pick a date and time.",
    });
  });

  it("reads zod/mini and zod issues alike", () => {
    const mini = z.object({ name: z.string().check(z.minLength(1, "Enter a name.")) });
    const full = zod.object({ name: zod.string().min(1, "Enter a name.") });
    for (const result of [mini.safeParse({ name: "" }), full.safeParse({ name: "" })]) {
      expect(issueMessages(result.error!.issues)).toEqual({ name: "Enter a name." });
    }
  });

  it("keys nested fields by the step below, and anything else is the form's problem", () => {
    const messages = issueMessages(
      [
        { path: ["answers", "q1", "part"], message: "Choose an answer." },
        { path: ["answers", "q1"], message: "A later message." },
        { path: ["answers", 2], message: "Put them in order." },
        { path: ["slug"], message: "Invalid string" },
        { path: ["answers"], message: "Unrecognized key" },
      ],
      { nestedUnder: "answers" },
    );
    expect(messages).toEqual({
      q1: "Choose an answer.",
      "2": "Put them in order.",
      "": INVALID_FORM,
    });
  });

  it("makes own keys of prototype names, and never an empty message", () => {
    const messages = issueMessages([
      { path: ["constructor"], message: "One." },
      { path: ["__proto__"], message: "" },
    ]);
    expect(Object.getPrototypeOf(messages)).toBe(Object.prototype);
    expect(Object.entries(messages)).toEqual([
      ["constructor", "One."],
      ["__proto__", INVALID_FORM],
    ]);
  });

  it("returns no messages for no issues", () => {
    expect(issueMessages([])).toEqual({});
    expect(issueMessages([], { nestedUnder: "answers" })).toEqual({});
  });
});
