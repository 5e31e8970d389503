import type { BriefingFiles } from "../parse-briefing";

/**
 * A tiny briefing that passes the schema and grounding checks (every evidence span in the
 * source, every cited id known); each parse test breaks one rule of a copy of it. The
 * editorial rules are tested on the fuller fictional briefing in test/fixtures/briefings.
 */
export function minimalBriefing() {
  return {
    source: {
      text: "Officials said on Monday that the “river bridge” will reopen in May.\nIt's not yet clear who pays.\n\nThe mayor said repairs took three months and that work began in March. “We are glad,” a resident said.",
      meta: {
        title: "Officials say the “river bridge” will reopen",
        date: "2025-11-19",
        originalReporting: "The Gazette",
        kind: "News report",
        note: "Officials are not named.",
      },
    },
    facts: [
      {
        id: "reopen-may",
        statement: "Officials said the “river bridge” will reopen in May.",
        evidence: 'the "river bridge" will reopen in May',
        attribution: "Officials",
      },
      {
        id: "payer-unknown",
        statement: "The Gazette says nobody knows yet who will pay.",
        evidence: "It’s not yet  clear who pays",
        attribution: "The Gazette",
      },
      {
        id: "repairs-months",
        statement: "The mayor said repairs took three months.",
        evidence: "repairs took three months",
        attribution: "The mayor",
      },
      {
        id: "work-march",
        statement: "The mayor said work began in March.",
        evidence: "work began in March",
        attribution: "The mayor",
      },
      {
        id: "resident-glad",
        statement: "A resident said they are glad.",
        evidence: "“We are glad,” a resident said",
        attribution: "A resident",
      },
    ],
    briefing: {
      title: "What officials said about the “river bridge”",
      dek: "What was said about the “river bridge” and its repairs.",
      leadFacts: ["reopen-may"],
      sections: [
        {
          id: "key-points",
          heading: "Key points",
          layout: "bullets",
          items: [
            {
              text: "Officials said the “river bridge” will reopen in May.",
              facts: ["reopen-may"],
            },
            { text: "The mayor said repairs took three months.", facts: ["repairs-months"] },
            { text: "The mayor said work began in March.", facts: ["work-march"] },
          ],
        },
        {
          id: "quotes",
          heading: "What they're saying",
          layout: "quotes",
          items: [
            { quote: "It's not yet clear", speaker: "The Gazette", facts: ["payer-unknown"] },
            { quote: "We are glad,", speaker: "A resident", facts: ["resident-glad"] },
          ],
        },
      ],
    },
  };
}

export type MinimalBriefing = ReturnType<typeof minimalBriefing>;

export function toFiles(b: MinimalBriefing): BriefingFiles {
  return {
    "source.txt": b.source.text,
    "source.json": JSON.stringify(b.source.meta),
    "facts.json": JSON.stringify(b.facts),
    "briefing.json": JSON.stringify(b.briefing),
  };
}

const NOT_IN_REPORT = { text: "Not in the report.", notInReport: true as const };

/** A quiz with one question of every type, whose keys parse against minimalBriefing()'s facts. */
export function minimalQuiz() {
  return {
    title: "Bridge quiz",
    questions: [
      {
        id: "when",
        type: "single" as const,
        prompt: "When does it reopen?",
        options: [
          { id: "may", text: "May" },
          {
            id: "june",
            text: "June",
            why: {
              text: "Officials said the “river bridge” reopens in May.",
              facts: ["reopen-may"],
            },
          },
        ],
        answer: "may",
        explanation: "Officials said the “river bridge” reopens in May.",
        facts: ["reopen-may"],
      },
      {
        id: "which",
        type: "multi" as const,
        prompt: "Which are true?",
        options: [
          { id: "a", text: "A" },
          { id: "b", text: "B", why: NOT_IN_REPORT },
          { id: "c", text: "C" },
          { id: "d", text: "D", why: NOT_IN_REPORT },
        ],
        answer: ["a", "c"],
        explanation: "The mayor said repairs took three months.",
        facts: ["repairs-months"],
      },
      {
        id: "payer",
        type: "true-false" as const,
        prompt: "We know who pays.",
        answer: false,
        whyNot: {
          text: "The Gazette says it is not yet clear who pays.",
          facts: ["payer-unknown"],
        },
        explanation: "The Gazette says it is not yet clear.",
        facts: ["payer-unknown"],
      },
      {
        id: "steps",
        type: "order" as const,
        prompt: "Order these.",
        items: [
          { id: "two", text: "Work begins", facts: ["work-march"], why: NOT_IN_REPORT },
          { id: "one", text: "Plan made", facts: ["work-march"], why: NOT_IN_REPORT },
          { id: "four", text: "Bridge reopens", facts: ["work-march"], why: NOT_IN_REPORT },
          { id: "three", text: "Repairs end", facts: ["work-march"], why: NOT_IN_REPORT },
        ],
        answer: ["one", "two", "three", "four"],
        explanation: "The mayor said work began in March.",
        facts: ["work-march"],
      },
      {
        id: "who",
        type: "match" as const,
        prompt: "Who said it?",
        prompts: [
          { id: "q1", text: "Quote one", facts: ["resident-glad"], why: NOT_IN_REPORT },
          { id: "q2", text: "Quote two", facts: ["resident-glad"], why: NOT_IN_REPORT },
          { id: "q3", text: "Quote three", facts: ["resident-glad"], why: NOT_IN_REPORT },
        ],
        options: [
          { id: "x", text: "X" },
          { id: "y", text: "Y" },
          { id: "z", text: "Z" },
        ],
        answer: { q1: "x", q2: "y", q3: "z" } as Record<string, string>,
        explanation: "A resident said so.",
        facts: ["resident-glad"],
      },
    ],
  };
}

export type MinimalQuiz = ReturnType<typeof minimalQuiz>;
