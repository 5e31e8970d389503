import { firstDifference } from "./near-miss";
import { occursIn } from "./normalize";
import type { Problem } from "./problem";
import type { BriefingDoc } from "./schemas";

/** Every fact a briefing text cites, anywhere in it. */
export function allCited(doc: BriefingDoc): Set<string> {
  return new Set([
    ...doc.leadFacts,
    ...doc.sections.flatMap((s) => [...(s.intro?.facts ?? []), ...s.items.flatMap((i) => i.facts)]),
  ]);
}

/** The facts a briefing text cites, per section ("lead" for the title and dek). */
function citedBySection(doc: BriefingDoc): Map<string, Set<string>> {
  const out = new Map([["lead", new Set(doc.leadFacts)]]);
  for (const section of doc.sections) {
    const ids = [...(section.intro?.facts ?? []), ...section.items.flatMap((item) => item.facts)];
    out.set(section.id, new Set(ids));
  }
  return out;
}

/**
 * The checks one briefing text (briefing.json, or its easier version) must pass on its own:
 * section ids unique, every cited fact exists, every quote verbatim in the source.
 */
export function docCitationProblems(
  doc: BriefingDoc,
  file: string,
  /** Undefined when facts.json itself failed: then there is nothing to check citations against. */
  factIds: ReadonlySet<string> | undefined,
  source: string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const cite = (where: string, ids: string[]) => {
    for (const id of ids) {
      if (factIds && !factIds.has(id)) {
        problems.push({
          file,
          id: where,
          message: `cites fact "${id}", which is not in facts.json`,
        });
      }
    }
  };
  cite("leadFacts", doc.leadFacts);
  const sectionIds = new Set<string>();
  for (const section of doc.sections) {
    if (sectionIds.has(section.id)) {
      problems.push({ file, id: section.id, message: "section id is used twice" });
    }
    sectionIds.add(section.id);
    if (section.intro) cite(`${section.id}.intro`, section.intro.facts);
    section.items.forEach((item, index) => {
      const where = `${section.id}.items[${index}]`;
      cite(where, item.facts);
      if ("quote" in item && source !== undefined && !occursIn(source, item.quote)) {
        problems.push({
          file,
          id: where,
          message: `quote not found verbatim in source.txt: "${item.quote}": ${firstDifference(source, item.quote)}`,
        });
      }
    });
  }
  return problems;
}

/**
 * The easier version says the same things: per section (and for the title and dek), it cites
 * exactly the facts the standard text cites. Any difference is named, section and fact.
 */
export function levelParityProblems(
  standard: BriefingDoc,
  easy: BriefingDoc,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const want = citedBySection(standard);
  const have = citedBySection(easy);
  for (const [section, facts] of want) {
    const got = have.get(section);
    if (!got) {
      problems.push({ file, id: section, message: "section is missing from the easier version" });
      continue;
    }
    for (const id of facts) {
      if (!got.has(id))
        problems.push({
          file,
          id: section,
          message: `does not cite fact "${id}", which the standard text cites here`,
        });
    }
    for (const id of got) {
      if (!facts.has(id))
        problems.push({
          file,
          id: section,
          message: `cites fact "${id}", which the standard text does not cite here`,
        });
    }
  }
  for (const section of have.keys()) {
    if (!want.has(section))
      problems.push({ file, id: section, message: "section is not in the standard text" });
  }
  return problems;
}
