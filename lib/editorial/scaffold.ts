import { EASY_FILE } from "../content/easy-file";
import { sentenceStretches } from "./setting";
import { paragraphsOf } from "./words";
import { normalizeForMatch } from "../content/normalize";
import { MAX_EVIDENCE_CHARS } from "../content/schemas";

/** The files `npm run content:new` writes for a new briefing, by name. */
export type Scaffold = Record<string, string>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A new briefing folder from a source text: the source itself, its sentences numbered for an
 * editor to cite, and starter files that pass the schema with one entry each, every field to
 * write marked TODO (the content check refuses a TODO, naming where it is). The date comes
 * from the source's dateline ("date 2025-11-19") when it has one.
 */
export function scaffoldBriefing(source: string, today: string): Scaffold {
  const sentences = paragraphsOf(source).flatMap((p) => sentenceStretches(normalizeForMatch(p)));
  const date = /\bdate (\d{4}-\d{2}-\d{2})\b/.exec(source)?.[1] ?? today;
  const first = sentences.find(
    (s) => s.text.length <= MAX_EVIDENCE_CHARS && !/^date /.test(s.text),
  );
  const evidence = (first ?? sentences[0])?.text.replace(/[.!?]+["”']?$/, "") ?? "";
  return {
    "source.txt": source.endsWith("\n") ? source : `${source}\n`,
    "sentences.txt": sentences.map((s, i) => `${i + 1}. ${s.text}`).join("\n") + "\n",
    "source.json": json({
      title: "TODO: the headline, in our words, saying who claims it",
      date,
      originalReporting: "TODO: the outlet whose reporting this is",
      kind: "News report",
      note: "TODO: whom the report credits, named or not",
    }),
    "facts.json": json([
      {
        id: "first-fact",
        statement: "TODO: the fact in our words, keeping who says so and every hedge",
        evidence,
        attribution: "TODO: who the source credits this to",
      },
    ]),
    "briefing.json": json({
      title: "TODO: the headline",
      dek: "TODO: two or three sentences a reader needs first",
      leadFacts: ["first-fact"],
      sections: [
        {
          id: "key-points",
          heading: "Key points",
          layout: "bullets",
          items: [{ text: "TODO: a key point, citing its facts", facts: ["first-fact"] }],
        },
      ],
    }),
    "quiz.json": json({
      title: "How well did you read it?",
      questions: [
        {
          id: "first-question",
          type: "single",
          prompt: "TODO: a question the first fact answers",
          options: [
            { id: "right", text: "TODO: the right answer, in the evidence's words" },
            {
              id: "wrong",
              text: "TODO: a wrong answer of the same kind",
              why: { text: "TODO: why it is wrong", notInReport: true },
            },
          ],
          answer: "right",
          explanation: "TODO: why the answer is right, saying who says so",
          facts: ["first-fact"],
        },
      ],
    }),
  };
}

/** What to do next, printed after the folder is written. */
export function nextSteps(dir: string): string {
  return `Next steps for ${dir}:
  1. Read sentences.txt (the source, numbered). For each claim a reader needs, add a fact to
     facts.json: its evidence copied from one sentence (at most ${MAX_EVIDENCE_CHARS} characters),
     its statement in our words keeping who says so and every hedge, its attribution.
  2. Fill source.json, then write briefing.json: sections of items, each citing the facts it
     rests on. Optional: glossary.json (background), ${EASY_FILE} (grade 5), terms.json.
  3. Write quiz.json: every type is described in README.md, "A small quiz, step by step".
  4. Run npm run content:check until it says OK (every TODO is a problem it names), and
     npm run content:report for the editor's report. sentences.txt is for you: delete it when done.`;
}
