import { describe, expect, it } from "vitest";
import { fixture as briefing } from "@/test/content/fixture-briefing";
import { peopleMentioned } from "./people";

describe("peopleMentioned", () => {
  it("lists the people a text names, with roles, in who's-who order", () => {
    expect(peopleMentioned(briefing, ["Did Pell meet Ortiz's team?"])).toEqual([
      { name: "Lena Ortiz", role: "Northfield's mayor" },
      { name: "Tom Pell", role: "a town councillor" },
    ]);
  });

  it("needs the whole name word, and leaves out what the glossary defines (the paper)", () => {
    expect(peopleMentioned(briefing, ["Pells", "The Northfield Ledger reported it"])).toEqual([]);
  });
});
