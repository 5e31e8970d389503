import type { BriefingFiles } from "../parse-briefing";

/** A tiny valid briefing; each content-check test breaks exactly one rule of a copy of it. */
export function minimalBriefing() {
  return {
    source: {
      text: "Officials said on Monday that the “river bridge” will reopen in May.\nIt's not yet clear who pays.",
      meta: {
        title: "Bridge to reopen",
        date: "2025-11-19",
        originalReporting: "The Gazette",
        kind: "News report",
        note: "Officials are not named.",
      },
    },
    facts: [
      {
        id: "reopen-may",
        statement: "The bridge reopens in May.",
        evidence: 'the "river bridge" will reopen in May',
        attribution: "Officials",
      },
      {
        id: "payer-unknown",
        statement: "Nobody knows yet who will pay.",
        evidence: "It’s not yet  clear who pays",
        attribution: "The Gazette",
      },
    ],
    briefing: {
      title: "The bridge, explained",
      dek: "What was said about the river bridge.",
      sections: [
        {
          id: "key-points",
          heading: "Key points",
          layout: "bullets",
          items: [{ text: "It reopens in May.", facts: ["reopen-may"] }],
        },
        {
          id: "quotes",
          heading: "What they're saying",
          layout: "quotes",
          items: [
            { quote: "It's not yet clear", speaker: "The Gazette", facts: ["payer-unknown"] },
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

/** A quiz with one question of every type, valid against minimalBriefing()'s facts. */
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
          { id: "june", text: "June" },
        ],
        answer: "may",
        explanation: "Officials said May.",
        facts: ["reopen-may"],
      },
      {
        id: "which",
        type: "multi" as const,
        prompt: "Which are true?",
        options: [
          { id: "a", text: "A" },
          { id: "b", text: "B" },
          { id: "c", text: "C" },
          { id: "d", text: "D" },
        ],
        answer: ["a", "c"],
        explanation: "A and C.",
        facts: ["reopen-may"],
      },
      {
        id: "payer",
        type: "true-false" as const,
        prompt: "We know who pays.",
        answer: false,
        explanation: "Not yet clear.",
        facts: ["payer-unknown"],
      },
      {
        id: "steps",
        type: "order" as const,
        prompt: "Order these.",
        items: [
          { id: "two", text: "Two" },
          { id: "one", text: "One" },
          { id: "four", text: "Four" },
          { id: "three", text: "Three" },
        ],
        answer: ["one", "two", "three", "four"],
        explanation: "Counting.",
        facts: ["reopen-may"],
      },
      {
        id: "who",
        type: "match" as const,
        prompt: "Who said it?",
        prompts: [
          { id: "q1", text: "Quote one" },
          { id: "q2", text: "Quote two" },
          { id: "q3", text: "Quote three" },
        ],
        options: [
          { id: "x", text: "X" },
          { id: "y", text: "Y" },
          { id: "z", text: "Z" },
        ],
        answer: { q1: "x", q2: "y", q3: "z" } as Record<string, string>,
        explanation: "As quoted.",
        facts: ["payer-unknown"],
      },
    ],
  };
}

export type MinimalQuiz = ReturnType<typeof minimalQuiz>;
