import { describe, expect, it } from "vitest";
import { minimalBriefing, toFiles } from "../../test/fixtures/minimal-briefing";
import { parseBriefing } from "./parse-briefing";
import { EASY_FILE } from "./easy-file";
import { formatProblem } from "./problem";

type Doc = ReturnType<typeof minimalBriefing>["briefing"];

/** The minimal briefing with an easier version made from its standard text by `edit`. */
function parseWithEasy(edit: (easy: Doc) => void) {
  const b = minimalBriefing();
  const easy = structuredClone(b.briefing);
  edit(easy);
  return parseBriefing("bridge", { ...toFiles(b), [EASY_FILE]: JSON.stringify(easy) });
}

const problemsOf = (edit: (easy: Doc) => void) => parseWithEasy(edit).problems.map(formatProblem);

const AT = `content/briefings/bridge/${EASY_FILE}`;

describe("the easier version cites exactly the standard text's facts, section by section", () => {
  it("accepts plainer words that cite the same facts", () => {
    const { briefing, problems } = parseWithEasy((easy) => {
      easy.sections[0]!.items[1] = {
        text: "The mayor said the repairs took three months.",
        facts: ["repairs-months"],
      };
    });
    expect(problems).toEqual([]);
    expect(briefing?.easy?.sections[0]?.items[1]).toMatchObject({
      text: "The mayor said the repairs took three months.",
    });
  });

  it("fails on a dropped fact, naming the section and the fact", () => {
    expect(problemsOf((easy) => easy.sections[0]!.items.splice(2, 1))).toEqual([
      `${AT} [key-points]: does not cite fact "work-march", which the standard text cites here`,
    ]);
  });

  it("fails on a fact moved to another section: missing in one, extra in the other", () => {
    expect(
      problemsOf((easy) => {
        const [moved] = easy.sections[0]!.items.splice(2, 1);
        easy.sections[1]!.items[0]!.facts.push(...moved!.facts);
      }),
    ).toEqual([
      `${AT} [key-points]: does not cite fact "work-march", which the standard text cites here`,
      `${AT} [quotes]: cites fact "work-march", which the standard text does not cite here`,
    ]);
  });

  it("fails on a different lead, a missing section and an extra one", () => {
    expect(
      problemsOf((easy) => {
        easy.leadFacts = ["payer-unknown"];
        easy.sections[1]!.id = "voices";
      }),
    ).toEqual([
      `${AT} [lead]: does not cite fact "reopen-may", which the standard text cites here`,
      `${AT} [lead]: cites fact "payer-unknown", which the standard text does not cite here`,
      `${AT} [quotes]: section is missing from the easier version`,
      `${AT} [voices]: section is not in the standard text`,
    ]);
  });

  it("holds the easier text to the same grounding: quotes verbatim, cited facts real", () => {
    expect(
      problemsOf((easy) => {
        easy.sections[1]!.items[0] = {
          quote: "Nobody knows who pays",
          speaker: "The Gazette",
          facts: ["payer-unknown"],
        };
      }),
    ).toEqual([
      `${AT} [quotes.items[0]]: quote not found verbatim in source.txt: "Nobody knows who pays": the nearest source words are “yet clear who pays.”: yours has “Nobody knows who pays” where the source has “yet clear who pays.”`,
    ]);
  });

  it("reports an easier file that is not valid", () => {
    const b = minimalBriefing();
    const { problems } = parseBriefing("bridge", { ...toFiles(b), [EASY_FILE]: "{" });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/briefing\.easy\.json: is not valid JSON/),
    ]);
  });
});
