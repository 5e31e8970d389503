import { typeOf } from "@/lib/quiz/question-types/type-registry";
import { reasonFacts } from "@/lib/quiz/question-types/shared";
import type { Briefing } from "../content/parse-briefing";
import type { BriefingDoc } from "../content/schemas";
import type { Quiz } from "../quiz/quiz-schema";

/**
 * One piece of our own words and what it rests on: the unit every editorial rule reads.
 * - `statement`: a fact's wording, shown beside its "who says so" line;
 * - `briefing`: the title, dek, an intro or an item of the briefing, or the source's subject;
 * - `speaker`: who a verbatim quote is credited to (its words are the source's own);
 * - `explanation`, `reason`, `prompt`: quiz text; `event`, `claim`: quiz text that states
 *   something happened or is so (its type's `claims`), resting on facts.
 */
export type TextUnit = {
  file: string;
  where: string;
  kind:
    "statement" | "briefing" | "speaker" | "explanation" | "reason" | "prompt" | "event" | "claim";
  text: string;
  facts: string[];
  /** Words it may name beyond the cited evidence: a reason names the answer it rejects. */
  allow?: string;
  /** A reason that the source says nothing: no fact to keep hedges of. */
  notInReport?: true;
  /** An entry of the "people" section: where a name and role are grounded for the rest. */
  person?: true;
  /** The section's lead-in a list item reads under; its hedges carry over to the item. */
  lead?: string;
};

/** The briefing's own words: the subject line of source.json, the fact statements, its text. */
export function briefingUnits(b: Briefing, dir: string): TextUnit[] {
  return [
    {
      file: `${dir}/source.json`,
      where: "title",
      kind: "briefing",
      text: b.source.title,
      facts: b.leadFacts,
    },
    ...b.facts.map((fact) => ({
      file: `${dir}/facts.json`,
      where: fact.id,
      kind: "statement" as const,
      text: fact.statement,
      facts: [fact.id],
    })),
    ...docUnits(b, `${dir}/briefing.json`),
  ];
}

/** One briefing text (briefing.json, or its easier version): title and dek, intros, items. */
export function docUnits(doc: BriefingDoc, file: string): TextUnit[] {
  const units: TextUnit[] = [
    // Read together, as a reader meets them: the dek carries what the title leaves out.
    {
      file,
      where: "title and dek",
      kind: "briefing",
      text: `${doc.title}. ${doc.dek}`,
      facts: doc.leadFacts,
    },
  ];
  for (const section of doc.sections) {
    if (section.intro) {
      const { text, facts } = section.intro;
      units.push({ file, where: `${section.id}.intro`, kind: "briefing", text, facts });
    }
    section.items.forEach((item, i) => {
      const where = `${section.id}.items[${i}]`;
      const unit = { file, where, facts: item.facts, lead: section.intro?.text };
      if ("quote" in item) units.push({ ...unit, kind: "speaker", text: item.speaker });
      else if ("name" in item)
        units.push({
          ...unit,
          kind: "briefing",
          person: true,
          text: `${item.name}, ${item.role}: ${item.text}`,
        });
      else if ("when" in item)
        units.push({ ...unit, kind: "briefing", text: `${item.when}: ${item.text}` });
      else units.push({ ...unit, kind: "briefing", text: item.text });
    });
  }
  return units;
}

export function quizUnits(quiz: Quiz, dir: string): TextUnit[] {
  const file = `${dir}/quiz.json`;
  return quiz.questions.flatMap((q) => [
    { file, where: `${q.id}.prompt`, kind: "prompt" as const, text: q.prompt, facts: q.facts },
    {
      file,
      where: `${q.id}.explanation`,
      kind: "explanation" as const,
      text: q.explanation,
      facts: q.facts,
    },
    ...typeOf(q)
      .claims(q)
      .map((claim) => ({
        file,
        // An order question's events are items; an evidence question's claim is its own field.
        where: claim.kind === "event" ? `${q.id}.items[${claim.id}]` : `${q.id}.${claim.id}`,
        kind: claim.kind,
        text: claim.text,
        facts: claim.facts,
      })),
    ...typeOf(q)
      .reasons(q)
      .map(({ choiceId, choice, reason }) => {
        const cited = reasonFacts(reason);
        return {
          file,
          where: `${q.id}.why[${choiceId}]`,
          kind: "reason" as const,
          text: reason.text,
          // "Not in the report" cites nothing: its names are checked against the question's facts.
          facts: cited.length > 0 ? cited : q.facts,
          allow: choice,
          ...(cited.length === 0 && { notInReport: true as const }),
        };
      }),
  ]);
}

/**
 * The briefing's prose in our own words: the dek, intros and item texts. Headings, names,
 * roles and dates are labels (counted as sentences they would flatter the grade); quotes are
 * the source's words, not ours to simplify.
 */
export function briefingProse(b: BriefingDoc): string[] {
  const lines = [b.dek];
  for (const section of b.sections) {
    if (section.intro) lines.push(section.intro.text);
    for (const item of section.items) if ("text" in item) lines.push(item.text);
  }
  return lines;
}

/** Every choice a question offers: wrong ones may name what the source lacks, never misquote it. */
export function choiceUnits(
  quiz: Quiz,
  dir: string,
): { file: string; where: string; text: string }[] {
  return quiz.questions.flatMap((q) =>
    typeOf(q)
      .choices(q)
      .map((c) => ({ file: `${dir}/quiz.json`, where: `${q.id}.${c.id}`, text: c.text })),
  );
}
