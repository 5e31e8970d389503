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
