import { describe, expect, it } from "vitest";
import { DIR, fixture as briefing, fixtureQuiz as quiz } from "@/test/content/fixture-briefing";
import { checkEditorial } from "./check-editorial";
import { editorReport } from "./editor-report";
import { locate } from "./source-spans";

const html = editorReport(
  [{ briefing, quiz, dir: DIR, report: checkEditorial(briefing, quiz, DIR) }],
  "2026-11-29T00:00:00Z",
);

describe("the editor's report", () => {
  it("marks every evidence span in the source and links it to its fact", () => {
    for (const [i, fact] of briefing.facts.entries()) {
      expect(html).toContain(`<tr id="fact-${fact.id}"><td>${i + 1}</td>`);
      expect(html).toContain(`<sup><a href="#fact-${fact.id}">${i + 1}</a></sup>`);
    }
    expect(html.match(/<sup>/g)).toHaveLength(briefing.facts.length);
  });

  it("lists the sentences no fact cites, each fact's hedges, and what cites it", () => {
    expect(html).toMatch(/Sentences no fact cites \(\d+\)/);
    expect(html).toContain("own word “reckless”");
    expect(html).toContain(
      "that it is only reportedly so: “Greenway Motors reportedly offered to”",
    );
    expect(html).toContain("quiz.json cost.explanation (explanation)");
    expect(html).not.toContain("cited by nothing");
    // "Not in the report" cites nothing, so it is not listed as citing a fact.
    expect(html).not.toContain("cost.why[twelve]");
  });

  it("shows each fact's key terms and the date its evidence gives", () => {
    expect(html).toContain("“Ortiz”, “Greenway”, “Dev Shah”, “Boston”, “24 September”");
    expect(html).toContain("dated 24 September: 2025-09-24");
  });

  it("prints the reading levels and says when the check finds no problem", () => {
    expect(html).toMatch(/briefing: grade \d\.\d \(at most 8\)/);
    expect(html).toMatch(/quiz prompts: grade \d\.\d \(at most 7\)/);
    expect(html).toContain("The content check finds no problem.");
  });

  it("escapes what it quotes, and names the problems it is given", () => {
    const odd = structuredClone(briefing);
    odd.title = "<script>alert(1)</script>";
    const page = editorReport(
      [
        {
          briefing: odd,
          dir: DIR,
          report: {
            problems: [{ file: "f.json", id: "x", message: "a <b> problem" }],
            grades: [],
            facts: new Map(),
            ordinary: () => true,
          },
        },
      ],
      "now",
    );
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("f.json [x]: a &#60;b&#62; problem");
  });
});

describe("locate", () => {
  it("finds a span in the source as written, across folded quotes and whitespace", () => {
    const source = "He said  “we feel\nheard,” today.";
    const at = locate(source, '"we feel heard,"');
    expect(at && source.slice(...at)).toBe("“we feel\nheard,”");
    expect(locate(source, "not there")).toBeUndefined();
  });
});
