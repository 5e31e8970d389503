import { describe, expect, it } from "vitest";
import {
  DIR,
  fixture,
  fixtureQuiz,
  problemsWith,
  question,
  section,
} from "@/test/content/fixture-briefing";
import { listBriefingSlugs, loadBriefing, relative } from "../content/load-briefings.server";
import { parseQuizOf } from "../quiz/quiz-file.server";
import { parseQuiz } from "../quiz/parse-quiz";
import { formatProblem } from "../content/problem";
import type { Question } from "@/lib/quiz/question-types/type-registry";
import { checkEditorial } from "./check-editorial";

// Each rule replays, on the fictional fixture briefing, a defect an editor found in earlier
// content: the defect must fail with a message an editor can act on.
const BRIEFING = `${DIR}/briefing.json`;

describe("the published briefings", () => {
  it("keep every rule, and print the reading levels measured", () => {
    for (const slug of listBriefingSlugs()) {
      const b = loadBriefing(slug)!;
      const { problems, grades } = checkEditorial(b, parseQuizOf(b).quiz, relative(slug));
      expect(problems.map(formatProblem)).toEqual([]);
      expect(grades.map((g) => g.label)).toContain("quiz prompts");
    }
  });
});

describe("hedges: our words keep the source's hedges and say who claims it", () => {
  it("a claim stated flatly: who says so, and the source's own word, dropped", () => {
    const problems = problemsWith((b) => {
      section(b, "why-it-matters").items[0]!.text =
        "Greenway Motors will cut its price if the town signs by 31 October. The Ledger says it is not yet clear whether the council will meet that deadline.";
    });
    expect(problems).toEqual([
      `${BRIEFING} [why-it-matters.items[0]]: drops who says so of fact "discount-offer" (the source: “Motors reportedly offered to cut its”) in "Greenway Motors will cut its price if the town signs by 31 October.": keep it with name the report (or “reportedly”) with a saying word (said, says, say, told, tells, stated, states, confirmed…), or “he/she/they said” after a sentence that names them`,
      `${BRIEFING} [why-it-matters.items[0]]: drops that it is only reportedly so of fact "discount-offer" (the source: “Greenway Motors reportedly offered to”) in "Greenway Motors will cut its price if the town signs by 31 October.": keep it with reportedly, allegedly, purportedly, supposedly, reported`,
    ]);
  });

  it("a list item may rest on its section's lead-in, and not without it", () => {
    expect(problemsWith((b) => delete section(b, "whats-in-the-plan").intro)).toContainEqual(
      expect.stringMatching(
        /\[whats-in-the-plan.items\[0\]\]: drops who says so of fact "plan-parts" .* "Four charging stations."/,
      ),
    );
  });

  it("a sentence that only says who someone is owes no hedge", () => {
    const problems = problemsWith((b) => {
      section(b, "key-points").items[1]!.text += " Ana Ruiz is the town's finance director.";
    });
    expect(problems).toEqual([]);
  });
});

describe("names, numbers and dates occur in the evidence cited, or in background", () => {
  it("a place and a number nobody gave", () => {
    const problems = problemsWith((b) => {
      section(b, "key-points").items[2]!.text += " She won five votes in Springfield.";
    });
    expect(problems).toEqual([
      `${BRIEFING} [key-points.items[2]]: names “Springfield”, which the evidence of facts "ortiz-backs", "three-votes" does not: cite the fact that names it, or add it to glossary.json as background`,
      `${BRIEFING} [key-points.items[2]]: says “five votes”, which the evidence of facts "ortiz-backs", "three-votes" does not (it has “three votes”, “four”): use the evidence's own number and what it counts, or cite the fact that gives it`,
      `${BRIEFING} [key-points.items[2]]: drops who says so of fact "three-votes" (the source: “the Ledger reported”) in "She won five votes in Springfield.": keep it with name “Ledger” or the report with a saying word (said, says, say, told, tells, stated, states, confirmed…), or “he/she/they said” after a sentence that names them`,
    ]);
  });

  it("a name declared in glossary.json is background, and passes", () => {
    const problems = problemsWith((b) => {
      section(b, "key-points").items[2]!.text += " Northfield is near Springfield.";
      b.glossary.push({ id: "springfield", term: "Springfield", definition: "A nearby city." });
    });
    expect(problems).toEqual([]);
  });
});

describe("quoted words are the source's own", () => {
  it("a title that puts “cheap” in quote marks, where the source never says it", () => {
    const problems = problemsWith((b) => {
      b.title = "Officials say Northfield will vote on “cheap” buses";
    });
    expect(problems).toContainEqual(
      `${BRIEFING} [title and dek]: puts “cheap” in quote marks, but the source never says it: quote its exact words`,
    );
  });
});

describe("quiz: one defensible key, each question its own fact", () => {
  it("match options that may name the same person must be declared distinct", () => {
    // A key problem of the match type, so the quiz's own parse refuses it (and the build).
    const q = structuredClone(fixtureQuiz);
    question(q, "who-said-it", "match").options.push({ id: "mayor", text: "Mayor Lena Ortiz" });
    const problems = parseQuiz(`${DIR}/quiz.json`, JSON.stringify(q), fixture).problems.map(
      formatProblem,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /\[who-said-it\]: options “Lena Ortiz” and “Mayor Lena Ortiz” may name the same/,
      ),
    ]);
  });

  it("two questions testing one fact, or asking the same thing", () => {
    const again: Question = {
      ...structuredClone(question(fixtureQuiz, "cost", "single")),
      id: "cost-again",
      prompt: "What would the plan cost?",
    };
    const problems = problemsWith((_, q) => q.questions.push(again));
    expect(problems).toEqual(
      expect.arrayContaining([
        `${DIR}/quiz.json [cost-again]: tests fact "plan-cost", which "cost" tests`,
        `${DIR}/quiz.json [cost-again]: asks what "cost" asks (same right answer “4 2 million”, same fact)`,
      ]),
    );
  });
});

describe("people, background and plain words", () => {
  it("a person first named without their role", () => {
    const problems = problemsWith((b) => {
      section(b, "key-points").items[1]!.text =
        "According to a draft budget, the plan would cost $4.2 million. Ana Ruiz told the Northfield Ledger that half of the cost would come from a state clean-air grant.";
    });
    expect(problems).toContainEqual(
      `${BRIEFING} [key-points.items[1]]: first mentions Ana Ruiz without their role (“the town's finance director”): "Ana Ruiz told the Northfield Ledger that half of the cost would come from a state clean-air grant."`,
    );
  });

  it("a glossary term nobody uses is an error", () => {
    const problems = problemsWith((b) =>
      b.glossary.push({ id: "depot", term: "bus depot", definition: "Where buses are kept." }),
    );
    expect(problems).toEqual([
      `${DIR}/glossary.json [depot]: "bus depot" is never used in the briefing: use it, or remove the entry`,
    ]);
  });

  it("a briefing above grade 8 fails, naming the grade", () => {
    const problems = problemsWith((b) => {
      for (const item of b.sections.flatMap((x) => x.items as { text?: string }[]))
        if (item.text)
          item.text = `The Ledger says the comprehensive municipal electrification undertaking, notwithstanding considerable institutional disagreements, necessitates extraordinarily sophisticated procurement coordination. ${item.text}`;
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/briefing reads at grade \d+(\.\d)?, above grade 8: shorter sentences/),
    );
  });

  it("quiz prompts above grade 7 fail", () => {
    const problems = problemsWith((_, q) => {
      for (const x of q.questions)
        x.prompt =
          "Considering the municipality's unprecedented electrification initiative, which characterisation accurately represents its organisational financing?";
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/quiz prompts reads at grade .*, above grade 7: shorter sentences/),
    );
  });
});

describe("the easier version keeps every rule, at grade 5 or below", () => {
  it("a hedge dropped in the easier text fails there, as in the standard text", () => {
    const problems = problemsWith((b) => {
      section(b.easy!, "key-points").items[3]!.text =
        "Councillor Tom Pell called the plan “reckless”. He said the town cannot pay for it. He will vote against it.";
    });
    expect(problems).toEqual([
      expect.stringContaining(
        `${DIR}/briefing.easy.json [key-points.items[3]]: drops that it is only likely or expected of fact "pell-against"`,
      ),
    ]);
  });

  it("hard words fail the easier version above grade 5", () => {
    const problems = problemsWith((b) => {
      for (const item of section(b.easy!, "why-it-matters").items)
        item.text = `The Ledger says the municipality's electrification undertaking necessitates considerable institutional coordination. ${item.text}`;
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/^\S+ easier briefing reads at grade [\d.]+, above grade 5/),
    );
  });
});
