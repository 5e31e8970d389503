import { describe, expect, it } from "vitest";
import { fixture } from "@/test/content/fixture-briefing";
import { en } from "@/lib/i18n/en";
import { es } from "@/lib/i18n/es";
import { creditsOf } from "./credits";

const creditLine = en.briefing.credits;

const facts = (...attributions: string[]) =>
  attributions.map((attribution, i) => ({ id: `f${i}`, statement: "", evidence: "", attribution }));
const source = { ...fixture.source, originalReporting: "Northfield Ledger" };

describe("credits: who a briefing's facts come from, counted", () => {
  it("sorts attributions into named people, unnamed sources and the report or its outlet", () => {
    expect(
      creditsOf({
        source,
        facts: facts(
          "Ana Ruiz, to the Northfield Ledger",
          "A council official, as reported",
          "Unnamed sources, to the Ledger",
          "The report (it names no source for this)",
          "The Northfield Ledger",
          "“The parents' spokesperson” (the report does not say who)",
        ),
      }),
    ).toEqual({ total: 6, named: 1, unnamed: 3, report: 2 });
  });

  it("says what most facts rest on, and is true of a story of named people", () => {
    expect(creditLine({ total: 25, named: 8, unnamed: 13, report: 4 })).toBe(
      "mostly by people and sources it does not name (13 of 25 facts)",
    );
    // The fixture's town council story credits most claims by name, or to the paper itself.
    expect(creditLine(creditsOf(fixture))).toBe(
      "by people it names (7 of 19 facts) and sources it does not (5)",
    );
    expect(creditLine({ total: 10, named: 6, unnamed: 1, report: 3 })).toBe(
      "mostly by people it names (6 of 10 facts)",
    );
    expect(creditLine({ total: 3, named: 0, unnamed: 0, report: 3 })).toBe(
      "in the report's own words",
    );
  });

  it("says the same in Spanish, with the same counts", () => {
    expect(es.briefing.credits({ total: 25, named: 8, unnamed: 13, report: 4 })).toBe(
      "sobre todo según personas y fuentes que no nombra (13 de 25 hechos)",
    );
    expect(es.briefing.credits(creditsOf(fixture))).toBe(
      "según personas que nombra (7 de 19 hechos) y fuentes que no nombra (5)",
    );
  });
});
