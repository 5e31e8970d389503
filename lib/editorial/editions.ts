import { typeOf } from "@/lib/quiz/question-types/type-registry";
import type { Problem } from "../content/problem";
import type { Quiz } from "../quiz/quiz-schema";
import type { BriefingDoc } from "../content/schemas";
import type { FactInfo } from "./fact-info";
import { namesIn, type KeyTerm, type Ordinary } from "./key-terms";
import { carries, termPool, type Renderings } from "./term-pool";
import { quantitiesIn } from "./quantities";

/** One text a reader may read the briefing in: standard or easier, English or Spanish. */
export type Edition = { label: string; file: string; doc: BriefingDoc };

/**
 * How an edition's language says a key term: whether texts carry it, and how a message names
 * it (the Spanish names the forms it accepts: “Turkey” (Turquía)).
 */
export type Carrier = {
  /** What a set of texts offers, read once, then asked term by term. */
  reader(texts: string[]): (term: KeyTerm) => boolean;
  name(term: KeyTerm): string;
};

/** English: the term itself, by stem, kind, value and unit, with the editor's renderings. */
export function englishCarrier(renderings: Renderings): Carrier {
  return {
    reader(texts) {
      const pool = termPool(texts);
      return (term) => carries(pool, term, renderings);
    },
    name: (term) => `“${term.text}”`,
  };
}

/** A text a reader sees, where it is, the facts it tells, and whether it is a quote with its speaker. */
export type ShownText = { where: string; text: string; facts: string[]; quoted?: boolean };

/** What a reader of an edition sees that rests on facts: each text with its lead-in or quote. */
export function shownTexts(doc: BriefingDoc): ShownText[] {
  const out: ShownText[] = [
    { where: "title and dek", text: `${doc.title}. ${doc.dek}`, facts: doc.leadFacts },
  ];
  for (const section of doc.sections) {
    const lead = section.intro?.text ?? "";
    if (section.intro) out.push({ where: `${section.id}.intro`, ...section.intro });
    section.items.forEach((item, i) => {
      const where = `${section.id}.items[${i}]`;
      const text =
        "quote" in item
          ? `${item.quote} ${item.speaker}`
          : "name" in item
            ? `${item.name}, ${item.role}: ${item.text}`
            : "when" in item
              ? `${item.when}: ${item.text}`
              : item.text;
      out.push({ where, text: `${lead} ${text}`, facts: item.facts, quoted: "quote" in item });
    });
  }
  return out;
}

/**
 * Key terms travel (docs/editorial.md): in every edition, the texts that tell a fact carry its
 * key terms between them, and every question can be answered from it: each fact the question
 * tests is told there, with its key terms, and so are the names and numbers of its right answer.
 */
export function editionProblems(
  edition: Edition,
  facts: Map<string, FactInfo>,
  quiz: Quiz | undefined,
  ordinary: Ordinary,
  carrier: Carrier,
): Problem[] {
  const problems: Problem[] = [];
  const list = (terms: KeyTerm[]) => terms.map(carrier.name).join(", ");
  const shown = shownTexts(edition.doc);
  const telling = (id: string) => shown.filter((s) => s.facts.includes(id));
  const textsOf = (ids: string[]) => ids.flatMap((id) => telling(id).map((s) => s.text));
  const missing = (id: string) => {
    const says = carrier.reader(textsOf([id]));
    return (facts.get(id)?.keyTerms ?? []).filter((t) => !says(t));
  };

  for (const [id] of facts) {
    const where = telling(id);
    if (where.length === 0) continue;
    const lost = missing(id);
    if (lost.length === 0) continue;
    problems.push({
      file: edition.file,
      id,
      message: `the ${edition.label} never says ${list(lost)} where it tells fact "${id}" (${where.map((w) => w.where).join(", ")}): say it in one of them, as the fact does`,
    });
  }

  for (const q of quiz?.questions ?? []) {
    const type = typeOf(q);
    const tested = type.testedFacts(q);
    const untold = tested.filter((id) => telling(id).length === 0);
    const unsaid = tested.filter((id) => !untold.includes(id) && missing(id).length > 0);
    const says = carrier.reader(textsOf(tested));
    const keyTerms = type
      .keyTexts(q)
      .flatMap((text) => [...namesIn(text, ordinary), ...quantitiesIn(text)])
      .filter((t) => !says(t));
    const why = [
      ...untold.map((id) => `it tests fact "${id}", which the ${edition.label} never tells`),
      ...unsaid.map((id) => `the ${edition.label} tells fact "${id}" without ${list(missing(id))}`),
      ...(keyTerms.length > 0
        ? [
            `its right answer's ${list(keyTerms)} is never said where the ${edition.label} tells what it tests`,
          ]
        : []),
    ];
    if (why.length > 0) {
      problems.push({
        file: edition.file,
        id: `question ${q.id}`,
        message: `cannot be answered from the ${edition.label}: ${why.join("; ")}`,
      });
    }
  }
  return problems;
}
