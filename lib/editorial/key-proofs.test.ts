import { describe, expect, it } from "vitest";
import {
  DIR,
  fact,
  fixture,
  fixtureQuiz,
  problemsWith,
  question,
  section,
} from "@/test/content/fixture-briefing";
import { formatProblem } from "../content/problem";
import type { Quiz } from "../quiz/quiz-schema";
import { checkEditorial } from "./check-editorial";

// Each test replays a miss found when a second story was added (issue 21), as a mutation of
// the fictional fixture briefing: the check must fail, naming the file, the id, the source's
// words and the fix.
const QUIZ = `${DIR}/quiz.json`;

/** One more event for the fixture's timeline, resting on one fact, last in the key. */
function addEvent(q: Quiz, id: string, text: string, fact: string) {
  const t = question(q, "timeline", "order");
  t.items.push({ id, text, facts: [fact], why: { text: "As the report says.", facts: [fact] } });
  t.answer.push(id);
}
const BRIEFING = `${DIR}/briefing.json`;
const EASY = `${DIR}/briefing.easy.json`;

describe("the fixture briefing", () => {
  it("keeps every rule as written", () => {
    expect(checkEditorial(fixture, fixtureQuiz, DIR).problems.map(formatProblem)).toEqual([]);
  });
});

describe("every key proven by the source", () => {
  it("a flipped true/false key", () => {
    const problems = problemsWith((_, q) => {
      question(q, "grant-half", "true-false").answer = false;
    });
    expect(problems).toEqual([
      `${QUIZ} [grant-half]: is keyed false, but its explanation opens “True.”: open it with “False.” (or fix the key)`,
      `${QUIZ} [grant-half]: is keyed false, but the statement says what fact "half-grant" says (“Half of the cost would come from a state clean-air grant, the town's finance director, A…”), with its terms and hedges: is the key right?`,
    ]);
  });

  it("a true/false key set to true on a statement that drops the fact's hedge", () => {
    const problems = problemsWith((_, q) => {
      const tf = question(q, "grant-half", "true-false");
      tf.prompt = "Half of the cost will come from a state grant.";
    });
    expect(problems).toContainEqual(
      expect.stringContaining(
        `${QUIZ} [grant-half]: is keyed true, but the statement drops who says so of fact "half-grant" (the source: “Ana Ruiz told the Northfield”) in "Half of the cost will come from a state grant."`,
      ),
    );
  });

  it("a wrong order key", () => {
    const problems = problemsWith((_, q) => {
      question(q, "timeline", "order").answer = ["boston", "grant", "parents", "report"];
    });
    expect(problems).toEqual([
      `${QUIZ} [timeline]: the key puts "boston" before "grant", but the evidence dates "boston" “24 September” (2025-09-24), after "grant" “August” (2025-08-01 to 2025-08-31): fix the key`,
    ]);
  });

  it("an order event whose evidence gives no date needs a dated fact to place it", () => {
    const problems = problemsWith((_, q) =>
      addEvent(q, "pell", "Pell says the town cannot afford the plan", "pell-cost"),
    );
    expect(problems).toContainEqual(
      `${QUIZ} [timeline]: event "pell": the evidence of fact "pell-cost" gives no date, so nothing proves its place; cite a dated fact for it, or have its reason cite the dated fact that places it`,
    );
  });

  it("a wrong match key", () => {
    const problems = problemsWith((_, q) => {
      const m = question(q, "who-said-it", "match");
      m.answer = { ...m.answer, diesel: "ortiz", children: "pell" };
    });
    expect(problems).toEqual([
      `${QUIZ} [who-said-it]: line "diesel" is keyed “Lena Ortiz”, but fact "pell-diesel" credits “Tom Pell” (the source: “Pell said”): fix the key, or the line's fact`,
      `${QUIZ} [who-said-it]: line "children" is keyed “Tom Pell”, but fact "ortiz-children" credits “Lena Ortiz” (the source: “she said”): fix the key, or the line's fact`,
    ]);
  });

  it("a right option saying “About a third, some $1.4 million” where its fact says “Half”", () => {
    const problems = problemsWith((_, q) => {
      const c = question(q, "cost", "single");
      c.facts = ["half-grant"];
      c.options.find((o) => o.id === c.answer)!.text = "About a third, some $1.4 million";
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        `${QUIZ} [cost]: right option "four-two" says “a third”, which the evidence of fact "half-grant" does not (it has “Half”): use the evidence's own share, or cite the fact that gives it`,
        `${QUIZ} [cost]: right option "four-two" says “$1.4 million”, which the evidence of fact "half-grant" does not (it gives no amount): use the evidence's own amount, or cite the fact that gives it`,
      ]),
    );
  });

  it("a right option changed to “Thursday, 16 October”", () => {
    const problems = problemsWith((_, q) => {
      const c = question(q, "cost", "single");
      c.facts = ["vote-expected"];
      c.explanation = "The report says the vote is expected on Tuesday, 14 October.";
      c.options.find((o) => o.id === c.answer)!.text = "Thursday, 16 October";
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        `${QUIZ} [cost]: right option "four-two" says “Thursday”, which the evidence of fact "vote-expected" does not (it has “Tuesday”, “14 October”): use the evidence's own date, or cite the fact that gives it`,
        `${QUIZ} [cost]: right option "four-two" says “16 October”, which the evidence of fact "vote-expected" does not (it has “Tuesday”, “14 October”): use the evidence's own date, or cite the fact that gives it`,
      ]),
    );
  });

  it("a wrong single-choice key, seen by its key and not only by a missing reason", () => {
    const problems = problemsWith((_, q) => {
      question(q, "not-clear", "single").answer = "cost";
    });
    expect(problems).toContainEqual(
      `${QUIZ} [not-clear]: right option "cost" (“How much the plan would cost”) shares no word with fact "deadline-unclear", which the question tests: is the key right, or does the question test another fact?`,
    );
  });

  it("a wrong option's names come from the facts its reason cites", () => {
    const problems = problemsWith((_, q) => {
      const c = question(q, "not-clear", "single");
      c.options.find((o) => o.id === "who-offered")!.text =
        "Who in Boston offered to cut the price";
    });
    expect(problems).toEqual([
      `${QUIZ} [not-clear]: wrong option "who-offered" names “Boston”, which the evidence of fact "discount-offer" does not: cite the fact that names it, or add it to glossary.json as background`,
    ]);
  });
});

describe("no question answered by another's text", () => {
  it("a choice that shows another question's answer beside what it asks", () => {
    const problems = problemsWith((_, q) => {
      const covers = question(q, "covers", "multi");
      covers.options.find((o) => o.id === "garage")!.text =
        "A bus garage, within the draft budget's $4.2 million";
    });
    expect(problems).toEqual([
      `${QUIZ} [cost]: its answer shows in question "covers" (“A bus garage, within the draft budget's $4.2 million”), beside what it asks: a reader can find it there; reword one of them`,
    ]);
  });
});

describe("numbers are matched with their kind and unit, in the cited span only", () => {
  it("“3 September” is not the paragraph's “three votes”", () => {
    const problems = problemsWith((b) => {
      section(b, "key-points").items[2]!.text += " She has had them since 3 September.";
    });
    expect(problems).toEqual([
      `${BRIEFING} [key-points.items[2]]: says “3 September”, which the evidence of facts "ortiz-backs", "three-votes" does not (it gives no date): use the evidence's own date, or cite the fact that gives it`,
    ]);
  });

  it("“14 of 40 buses” is not “14 October”", () => {
    const problems = problemsWith((b) => {
      section(b, "key-points").items[0]!.text =
        "Council officials said on Thursday that the town council will vote on a plan to buy 14 of 40 buses. The report says the vote is expected on Tuesday, 14 October.";
    });
    expect(problems).toContainEqual(
      expect.stringContaining(
        `${BRIEFING} [key-points.items[0]]: says “14”, which the evidence of facts "council-vote", "vote-expected" does not (it has “12 electric school buses”)`,
      ),
    );
  });

  it("“$310,000” that no cited fact holds", () => {
    const problems = problemsWith((b) => {
      section(b, "whats-in-the-plan").items[1]!.text = "Training for drivers, at $310,000.";
    });
    expect(problems).toEqual([
      `${BRIEFING} [whats-in-the-plan.items[1]]: says “$310,000”, which the evidence of fact "plan-parts" does not (it gives no amount): use the evidence's own amount, or cite the fact that gives it`,
    ]);
  });

  it("a count must count what the evidence counts, unless terms.json declares our word", () => {
    const areas = (b: typeof fixture) => {
      section(b, "whats-in-the-plan").items[0]!.text = "Four charging areas.";
    };
    expect(problemsWith(areas)).toContainEqual(
      `${BRIEFING} [whats-in-the-plan.items[0]]: says “Four charging areas”, which the evidence of fact "plan-parts" does not (it has “four charging stations”): use the evidence's own number and what it counts, or cite the fact that gives it`,
    );
    expect(
      problemsWith((b) => {
        areas(b);
        b.terms = { en: { stations: ["areas"] } };
      }),
    ).toEqual([]);
  });
});

describe("hedges read where the source puts them", () => {
  it("an unattributed “He is expected to vote against it” owes no “who says so”, only the hedge", () => {
    const kept = problemsWith((b) => {
      section(b, "key-points").items[3]!.text =
        "Councillor Tom Pell called the plan “reckless” and said the town cannot afford it. He is expected to vote against it.";
    });
    expect(kept).toEqual([]);
    const dropped = problemsWith((b) => {
      section(b, "key-points").items[3]!.text =
        "Councillor Tom Pell called the plan “reckless” and said the town cannot afford it. He will vote against it.";
    });
    expect(dropped).toEqual([
      `${BRIEFING} [key-points.items[3]]: drops that it is only likely or expected of fact "pell-against" (the source: “He is expected to vote”) in "He will vote against it.": keep it with likely, expected, expects, expect, probably, possibly, might, could, due, planned`,
    ]);
  });

  it("“The report says …” does not stand in for whom the source credits", () => {
    const problems = problemsWith((b) => {
      section(b, "key-points").items[1]!.text =
        "The report says the plan would cost $4.2 million. The town's finance director, Ana Ruiz, told the Northfield Ledger that half of the cost would come from a state clean-air grant.";
    });
    expect(problems).toEqual([
      `${BRIEFING} [key-points.items[1]]: drops who says so of fact "plan-cost" (the source: “according to a draft budget”) in "The report says the plan would cost $4.2 million.": keep it with name “budget” with a saying word (said, says, say, told, tells, stated, states, confirmed…), or “he/she/they said” after a sentence that names them`,
    ]);
  });

  it("an order event keeps its own facts' hedges, not those of the facts its reason cites", () => {
    const inherited = problemsWith((_, q) => {
      const t = question(q, "timeline", "order");
      t.items.find((i) => i.id === "parents")!.why = {
        text: "The report says the meeting was on 2 October; the vote is expected later.",
        facts: ["parents-meeting", "vote-expected"],
      };
    });
    expect(inherited).toEqual([]);
    const own = problemsWith((_, q) => addEvent(q, "vote", "The council votes", "vote-expected"));
    expect(own).toContainEqual(
      `${QUIZ} [timeline.items[vote]]: rests on fact "vote-expected", which is only expected or aimed at (the source: “vote is expected on Tuesday”), not something that happened: order only events that happened`,
    );
  });

  it("a fact credited to someone the source does not credit", () => {
    const problems = problemsWith((b) => {
      fact(b, "ready-deliver").attribution = "Lena Ortiz";
      fact(b, "ready-deliver").statement =
        "Ortiz told the Ledger the company “is ready to deliver” if the council agrees.";
    });
    expect(problems).toContainEqual(
      `${DIR}/facts.json [ready-deliver]: is credited to “Lena Ortiz”, but the source credits it: “Shah told the Ledger”: name who the source names`,
    );
  });
});

describe("key terms travel: every question answerable from every edition", () => {
  it("the easier text drops a place wherever it tells the fact", () => {
    const problems = problemsWith((b) => {
      const people = b.easy!.sections.find((s) => s.id === "whos-who")!;
      const ortiz = people.items[0] as { text: string };
      ortiz.text =
        "Said she backs the plan. Her office said she met Greenway's chief executive, Dev Shah, on 24 September.";
      const timeline = b.easy!.sections.find((s) => s.id === "timeline")!;
      (timeline.items[1] as { text: string }).text = "Ortiz met Dev Shah, her office said.";
    });
    expect(problems).toEqual([
      `${EASY} [boston-meeting]: the easier text never says “Boston” where it tells fact "boston-meeting" (whos-who.items[0], timeline.items[1]): say it in one of them, as the fact does`,
      `${EASY} [question timeline]: cannot be answered from the easier text: the easier text tells fact "boston-meeting" without “Boston”`,
    ]);
  });

  it("a question the easier text cannot answer", () => {
    const problems = problemsWith((b) => {
      const timeline = b.easy!.sections.find((s) => s.id === "timeline")!;
      (timeline.items[1] as { when: string }).when = "In September";
      const people = b.easy!.sections.find((s) => s.id === "whos-who")!;
      (people.items[0] as { text: string }).text =
        "Said she backs the plan. Her office said she met Greenway's chief executive, Dev Shah, in Boston.";
    });
    expect(problems).toEqual([
      `${EASY} [boston-meeting]: the easier text never says “24 September” where it tells fact "boston-meeting" (whos-who.items[0], timeline.items[1]): say it in one of them, as the fact does`,
      `${EASY} [question timeline]: cannot be answered from the easier text: the easier text tells fact "boston-meeting" without “24 September”`,
    ]);
  });
});
