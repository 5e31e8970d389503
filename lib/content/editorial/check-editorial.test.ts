import { describe, expect, it } from "vitest";
import { loadBriefing, parseQuizOf } from "../load-briefings";
import { parseQuiz } from "../parse-quiz";
import { type Briefing } from "../parse-briefing";
import { formatProblem } from "../problem";
import type { Quiz } from "../quiz-schema";
import type { Question } from "@/lib/quiz/types/registry";
import type { Section } from "../schemas";
import { checkEditorial } from "./check-editorial";

// Each rule replays a defect an editor found in the first version of the us-28-point-plan
// content (issue 14): the old wording must fail, the published wording passes.
const SLUG = "us-28-point-plan";
const DIR = `content/briefings/${SLUG}`;
const real = loadBriefing(SLUG)!;
const realQuiz = parseQuizOf(real).quiz!;

function problemsWith(mutate: (b: Briefing, q: Quiz) => void): string[] {
  const b = structuredClone(real);
  const q = structuredClone(realQuiz);
  mutate(b, q);
  return checkEditorial(b, q, DIR).problems.map(formatProblem);
}
// The sections these tests edit are all lists of plain text items.
const section = (b: Briefing, id: string) =>
  b.sections.find((s) => s.id === id) as Extract<Section, { layout: "bullets" | "paragraphs" }>;
const fact = (b: Briefing, id: string) => b.facts.find((f) => f.id === id)!;
const question = (q: Quiz, id: string) => q.questions.find((x) => x.id === id)!;

describe("editorial rules on the published content", () => {
  it("finds nothing to fix, and prints the reading levels it measured", () => {
    const { problems, grades } = checkEditorial(real, realQuiz, DIR);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(grades.map((g) => g.label)).toEqual([
      "briefing",
      "easier briefing",
      "quiz prompts",
      "quiz explanations and reasons",
    ]);
  });
});

describe("hedges: our words keep the source's hedges and say who claims it", () => {
  it("finding 1: a '28-point plan' stated flatly, 'secretly' dropped", () => {
    const problems = problemsWith((b) => {
      section(b, "key-points").items[0] = {
        text: "The Trump administration is reportedly drafting a 28-point plan to end the war in Ukraine, and consulting Russia as it writes it.",
        facts: ["secret-drafting", "twenty-eight-points"],
      };
    });
    expect(problems).toEqual([
      expect.stringContaining(`[key-points.items[0]]: drops the source's own word "secretly"`),
      expect.stringContaining(
        `drops that it is only likely or expected of fact "twenty-eight-points"`,
      ),
    ]);
  });

  it("finding 3: talks with Dmitriev and Umerov stated flatly after a hedged first sentence", () => {
    const problems = problemsWith((b) => {
      section(b, "key-points").items[1] = {
        text: "Trump's envoy Steve Witkoff is said to be leading the work. He has discussed it at length with Russia's envoy Kirill Dmitriev, and with Ukraine's Rustem Umerov.",
        facts: ["witkoff-leads", "witkoff-dmitriev-talks", "umerov-meeting"],
      };
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /drops that it is only reportedly so .* of fact "umerov-meeting": "He has discussed/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /drops who says so .* of fact "witkoff-dmitriev-talks": "He has discussed/,
      ),
    );
  });

  it("finding 4: 'Its model' for the source's own word “inspired”", () => {
    const problems = problemsWith((b) => {
      section(b, "where-it-comes-from").items[0] = {
        text: "Its model, per Axios, is Trump's deal-making on Gaza.",
        facts: ["gaza-model"],
      };
    });
    expect(problems).toEqual([
      `${DIR}/briefing.json [where-it-comes-from.items[0]]: drops the source's own word "inspired" (in quote marks there) of fact "gaza-model"`,
    ]);
  });

  it("finding 5: 'the deadline Dmitriev gives' for what he calls the aim", () => {
    const problems = problemsWith((b) => {
      section(b, "what-we-dont-know").items[4] = {
        text: "When Trump and Putin will next meet, the deadline Dmitriev gives for a written document.",
        facts: ["written-document"],
      };
    });
    expect(problems).toEqual([
      expect.stringMatching(/drops who says so .* of fact "written-document"/),
      expect.stringMatching(/drops that it is an aim, not a fact .* of fact "written-document"/),
    ]);
  });

  it("finding 7: an explanation that drops 'reportedly'", () => {
    const problems = problemsWith((_, q) => {
      question(q, "timeline").explanation =
        "Alaska came in August; Dmitriev's Miami visit was 24–26 October; Witkoff met Umerov in Miami earlier in the week of the report.";
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /\[timeline.explanation\]: drops that it is only reportedly so .* "umerov-meeting"/,
      ),
    );
  });

  it("finding 8: a fact's own statement softens “secretly” to 'quietly' and names no one", () => {
    const problems = problemsWith((b) => {
      fact(b, "secret-drafting").statement =
        "The Trump administration has been quietly drafting a new plan to end the war in Ukraine, and doing it in consultation with Russia.";
    });
    expect(problems).toEqual([
      expect.stringMatching(/facts\.json \[secret-drafting\]: drops who says so/),
      expect.stringMatching(
        /facts\.json \[secret-drafting\]: drops the source's own word "secretly"/,
      ),
    ]);
  });

  it("a list item may rest on its section's lead-in, and not without it", () => {
    expect(problemsWith((b) => delete section(b, "whats-in-the-plan").intro)).toContainEqual(
      expect.stringMatching(
        /\[whats-in-the-plan.items\[0\]\]: drops who says so .* "Peace in Ukraine."/,
      ),
    );
  });
});

describe("names, numbers and dates occur in the evidence cited or in the glossary", () => {
  it("finding 8: 'Kyiv knows' for the official's “We know”", () => {
    const problems = problemsWith((b) => {
      fact(b, "ukraine-aware").statement =
        "A Ukrainian official says Kyiv knows the US is preparing something.";
    });
    expect(problems).toEqual([
      `${DIR}/facts.json [ukraine-aware]: names "Kyiv", which is neither in the evidence it cites nor in glossary.json`,
    ]);
  });

  it("finding 2: 'Moscow feels it is being heard', and a number nobody gave", () => {
    const problems = problemsWith((b) => {
      section(b, "why-it-matters").items[0]!.text +=
        " Russia's envoy says Moscow feels heard after five rounds of talks.";
    });
    expect(problems).toEqual([
      expect.stringContaining(`names "Moscow", which is neither in the evidence`),
      expect.stringContaining(`names "five", which is neither in the evidence`),
    ]);
  });

  it("a name declared in glossary.json is background, and passes", () => {
    const problems = problemsWith((b) => {
      section(b, "why-it-matters").items[0]!.text += " Dmitriev says Moscow feels heard.";
      b.glossary.push({ id: "moscow", term: "Moscow", definition: "Russia's capital." });
    });
    expect(problems).toEqual([]);
  });
});

describe("quoted words are the source's own", () => {
  it("a title that puts “secret” in quote marks, where the source says “secretly”", () => {
    const problems = problemsWith((b) => {
      b.title = "A “secret” US plan to end the war in Ukraine: what officials say";
    });
    expect(problems).toEqual([
      `${DIR}/briefing.json [title and dek]: puts “secret” in quote marks, but the source never says it`,
    ]);
  });
});

describe("quiz: one defensible key, each question its own fact", () => {
  it("finding 10: “A US official” beside “A White House official” in a match", () => {
    // A key problem of the match type, so the quiz's own parse refuses it (and the build).
    const q = structuredClone(realQuiz);
    const m = question(q, "who-said-it") as Extract<Question, { type: "match" }>;
    m.options.push({ id: "us-official", text: "A US official" });
    delete m.distinct;
    const problems = parseQuiz(`${DIR}/quiz.json`, JSON.stringify(q), real).problems.map(
      formatProblem,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /\[who-said-it\]: options “A Ukrainian official” and “A White House official” may name/,
      ),
      expect.stringMatching(
        /\[who-said-it\]: options “A Ukrainian official” and “A US official” may name/,
      ),
      expect.stringMatching(
        /\[who-said-it\]: options “A White House official” and “A US official” may name/,
      ),
    ]);
  });

  it("finding 11: a timeline event that was only expected, never happened", () => {
    const problems = problemsWith((_, q) => {
      const t = question(q, "timeline") as Extract<Question, { type: "order" }>;
      t.items.push({
        id: "turkey",
        text: "Witkoff's planned meeting with Zelensky in Turkey is due",
        why: { text: "Officials said it was expected on Wednesday.", facts: ["turkey-trip"] },
      });
      t.answer.push("turkey");
    });
    expect(problems).toContainEqual(
      `${DIR}/quiz.json [timeline.items.turkey]: rests on fact "turkey-trip", which is only expected or aimed at, not something that happened`,
    );
  });

  it("finding 12: reaction-known repeats not-yet-known; umerov-role repeats a line of roles", () => {
    const reactionKnown: Question = {
      id: "reaction-known",
      type: "true-false",
      prompt: "The report says Ukraine and its European backers have welcomed the plan.",
      answer: false,
      whyNot: {
        text: "Axios says it is not yet clear how they will feel about it.",
        facts: ["reaction-unclear"],
      },
      explanation: "False. Axios says it is not yet clear how they will feel about it.",
      facts: ["reaction-unclear"],
    };
    const roles: Question = {
      id: "roles",
      type: "match",
      prompt: "Match each person to their role.",
      prompts: [
        {
          id: "umerov",
          text: "Rustem Umerov",
          why: { text: "Reportedly so.", facts: ["umerov-meeting"] },
        },
        {
          id: "dmitriev",
          text: "Kirill Dmitriev",
          why: { text: "As quoted.", facts: ["russian-position-heard"] },
        },
      ],
      options: [
        { id: "adviser", text: "Zelensky's national security adviser" },
        { id: "russian-envoy", text: "Russian envoy" },
      ],
      answer: { umerov: "adviser", dmitriev: "russian-envoy" },
      explanation: "Umerov is reportedly the adviser; Dmitriev was quoted as the envoy.",
      facts: ["witkoff-dmitriev-talks", "umerov-meeting"],
    };
    const umerovRole: Question = {
      id: "umerov-role",
      type: "single",
      prompt: "Who is Rustem Umerov, according to the report?",
      options: [
        { id: "adviser", text: "Zelensky's national security adviser" },
        { id: "envoy", text: "Russia's envoy", why: { text: "Not him.", notInReport: true } },
      ],
      answer: "adviser",
      explanation: "The report says Umerov reportedly advises Zelensky.",
      facts: ["umerov-meeting"],
    };
    const problems = problemsWith((_, q) => q.questions.push(reactionKnown, roles, umerovRole));
    expect(problems).toEqual(
      expect.arrayContaining([
        `${DIR}/quiz.json [reaction-known]: tests fact "reaction-unclear", which "not-yet-known" tests`,
        `${DIR}/quiz.json [umerov-role]: asks what "roles" asks (same right answer “zelensky's national security adviser”, same fact)`,
      ]),
    );
  });
});

describe("people, background and plain words", () => {
  it("finding 3: Umerov's first mention without his role", () => {
    const problems = problemsWith((b) => {
      section(b, "key-points").items[2]!.text =
        "Witkoff also reportedly discussed the plan with Rustem Umerov in Miami “earlier this week”.";
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /\[key-points.items\[2\]\]: first mentions Rustem Umerov without their role/,
      ),
    );
  });

  it("a glossary term nobody uses is an error", () => {
    const problems = problemsWith((b) =>
      b.glossary.push({ id: "kremlin", term: "Kremlin", definition: "Russia's government." }),
    );
    expect(problems).toEqual([
      `${DIR}/glossary.json [kremlin]: "Kremlin" is never used in the briefing`,
    ]);
  });

  it("a briefing above grade 8 fails, naming the grade", () => {
    const problems = problemsWith((b) => {
      section(b, "why-it-matters").items.push({
        text: "Dmitriev says the comprehensive multilateral architecture encompassing reciprocal security undertakings, notwithstanding considerable institutional disagreements, necessitates extraordinarily sophisticated diplomatic coordination mechanisms.",
        facts: ["broader-framework"],
      });
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/briefing reads at grade \d+(\.\d)?, above grade 8$/),
    );
  });

  it("quiz prompts above grade 7 fail", () => {
    const problems = problemsWith((_, q) => {
      for (const x of q.questions)
        x.prompt =
          "Considering the administration's unprecedented diplomatic initiative, which characterisation accurately represents its organisational leadership?";
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/quiz prompts reads at grade .*, above grade 7$/),
    );
  });
});

describe("the easier version keeps every rule, at grade 5 or below", () => {
  const easySection = (b: Briefing, id: string) =>
    b.easy!.sections.find((s) => s.id === id) as Extract<Section, { layout: "bullets" }>;

  it("a hedge dropped in the easier text fails there, as in the standard text", () => {
    const problems = problemsWith((b) => {
      easySection(b, "key-points").items[0] = {
        text: "President Trump's team is writing a plan with Russia. It has 28 points.",
        facts: ["secret-drafting", "twenty-eight-points"],
      };
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${DIR}/briefing.easy.json [key-points.items[0]]: drops`),
      ]),
    );
    expect(problems.every((p) => p.startsWith(`${DIR}/briefing.easy.json`))).toBe(true);
  });

  it("the standard text's wording is too hard for the easier version: it fails above grade 5", () => {
    const problems = problemsWith((b) => {
      const { title, dek, leadFacts, sections } = b;
      b.easy = structuredClone({ title, dek, leadFacts, sections });
    });
    expect(problems).toEqual([
      expect.stringMatching(/^content\S+ easier briefing reads at grade [\d.]+, above grade 5$/),
    ]);
  });
});
