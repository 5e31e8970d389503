import { describe, expect, it } from "vitest";
import { droppedHedges } from "./hedges";
import { factHedges } from "./source-hedges";
import { speakerOf } from "./speakers";
import { stemsOf } from "./words";

const SOURCE = `The plan would cost $4.2 million, according to a draft budget, and the first buses would arrive in March.

Councillor Tom Pell said the town cannot afford it. He is expected to vote against it.

"The money is there. We think the town should move now," a council official said.

Officials said the company "secretly" cut its price.`;

const hedgesOf = (evidence: string, attribution: string) =>
  factHedges(SOURCE, evidence, attribution);
const families = (evidence: string, attribution = "The report") =>
  hedgesOf(evidence, attribution).hedges.map((h) => `${h.family}: ${h.source}`);

describe("factHedges: hedges read where the source puts them", () => {
  it("“according to” governs its own clause, not the next", () => {
    const whole =
      "The plan would cost $4.2 million, according to a draft budget, and the first buses would arrive in March";
    const fact = [{ id: "cost", hedges: hedgesOf(whole, "A draft budget") }];
    expect(droppedHedges("The first buses would arrive in March.", fact)).toEqual([]);
    expect(droppedHedges("The plan would cost $4.2 million.", fact)).toEqual([
      expect.stringContaining(
        `drops who says so of fact "cost" (the source: “according to a draft budget”)`,
      ),
    ]);
  });

  it("reads who says so from the claim's own sentence, not the paragraph", () => {
    expect(families("He is expected to vote against it")).toEqual([
      "likely: He is expected to vote",
    ]);
    expect(families("Councillor Tom Pell said the town cannot afford it", "Tom Pell")).toEqual([
      "attributed: Councillor Tom Pell said the town",
    ]);
  });

  it("credits a quote's first sentence to the speaker its closing words name", () => {
    expect(families('"The money is there.', "A council official")).toEqual([
      "attributed: a council official said",
    ]);
  });

  it("keeps the source's own quoted words", () => {
    const fact = [
      { id: "price", hedges: hedgesOf('the company "secretly" cut its price', "Officials") },
    ];
    expect(droppedHedges("Officials said the company quietly cut its price.", fact)).toEqual([
      `drops the source's own word “secretly” (in quote marks there) of fact "price": use it, in quote marks`,
    ]);
  });
});

describe("who says so, in our words", () => {
  const fact = [
    {
      id: "pell",
      hedges: hedgesOf("Councillor Tom Pell said the town cannot afford it", "Tom Pell"),
    },
  ];
  it("needs the speaker, not “the report”", () => {
    expect(droppedHedges("The report says the town cannot afford it.", fact)).toHaveLength(1);
    expect(droppedHedges("Pell said the town cannot afford it.", fact)).toEqual([]);
  });

  it("takes a pronoun, or a who's who line's “Said …”, after a sentence naming the speaker", () => {
    // "Pell is a councillor." only says who he is (the who's who's words): it claims nothing.
    const who = stemsOf("Tom Pell a councillor");
    const kept = (text: string) => droppedHedges(text, fact, "", who);
    expect(kept("Pell is a councillor. He said the town cannot afford it.")).toEqual([]);
    expect(kept("Pell is a councillor. Said the town cannot afford it.")).toEqual([]);
    expect(kept("He said the town cannot afford it.")).toHaveLength(1);
  });

  it("names the speaker by the head of the attribution", () => {
    expect(speakerOf("A council official, to the Ledger").words).toEqual(["official"]);
    expect(speakerOf("Ana Ruiz, in an interview").words).toEqual(["Ruiz"]);
    expect(speakerOf("The Northfield Ledger", "Northfield Ledger")).toMatchObject({
      isReport: true,
    });
    expect(speakerOf("The report (it names no source for this)")).toMatchObject({ isReport: true });
  });
});
