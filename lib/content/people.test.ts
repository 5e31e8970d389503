import { describe, expect, it } from "vitest";
import { loadBriefing } from "./load-briefings";
import { peopleMentioned } from "./people";

const briefing = loadBriefing("us-28-point-plan")!;

describe("peopleMentioned", () => {
  it("lists the people a text names, with roles, in who's-who order", () => {
    expect(peopleMentioned(briefing, ["Did Witkoff meet Dmitriev's team?"])).toEqual([
      { name: "Steve Witkoff", role: "Trump's envoy" },
      { name: "Kirill Dmitriev", role: "Russian envoy" },
    ]);
  });

  it("needs the whole name word, and leaves out what the glossary defines (Axios)", () => {
    expect(peopleMentioned(briefing, ["Witkoffs", "Axios reported it"])).toEqual([]);
  });
});
