import type { z } from "zod";
import { firstDifference } from "./near-miss";
import { occursIn } from "./normalize";
import { allCited, docCitationProblems, levelParityProblems } from "./doc-citations";
import { parseJsonFile } from "./parse-json";
import type { Problem } from "./problem";
import { EASY_FILE } from "./easy-file";
import {
  briefingDocSchema,
  factsSchema,
  glossarySchema,
  slugSchema,
  sourceMetaSchema,
  termsSchema,
  type BriefingDoc,
  type Fact,
  type GlossaryEntry,
  type SourceMeta,
  type Terms,
} from "./schemas";

/** The files of one `content/briefings/<slug>/` folder, as text (undefined when missing). */
export const BRIEFING_FILES = [
  "source.txt",
  "source.json",
  "facts.json",
  "briefing.json",
  "glossary.json",
  "terms.json",
  EASY_FILE,
] as const;

type BriefingFileName = (typeof BRIEFING_FILES)[number];
export type BriefingFiles = Partial<Record<BriefingFileName, string>>;

export type Briefing = BriefingDoc & {
  slug: string;
  source: SourceMeta & { text: string };
  facts: Fact[];
  glossary: GlossaryEntry[];
  /** How our words render the source's, per language (terms.json; {} when there is none). */
  terms: Terms;
  /** The easier version, when the folder has one (briefing.easy.json). */
  easy?: BriefingDoc;
};

/**
 * Validates one briefing folder and proves its grounding. Returns every problem found (not
 * just the first) so one run of the content check tells an editor everything to fix.
 */
export function parseBriefing(
  slug: string,
  files: BriefingFiles,
  dir = `content/briefings/${slug}`,
): { briefing?: Briefing; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (file: string) => `${dir}/${file}`;

  const slugCheck = slugSchema.safeParse(slug);
  if (!slugCheck.success) {
    problems.push({ file: dir, message: `folder name ${issueText(slugCheck.error)}` });
  }

  // An empty source would make every grounding check fail at once: report it alone.
  const text = files["source.txt"]?.trim() ? files["source.txt"] : undefined;
  if (text === undefined) {
    problems.push({ file: at("source.txt"), message: "missing or empty" });
  }
  const meta = parseJsonFile(at("source.json"), files["source.json"], sourceMetaSchema, problems);
  const facts = parseJsonFile(at("facts.json"), files["facts.json"], factsSchema, problems);
  const doc = parseJsonFile(
    at("briefing.json"),
    files["briefing.json"],
    briefingDocSchema,
    problems,
  );
  // Optional: an easier version of the same briefing, for readers who need one.
  const easy =
    files[EASY_FILE] === undefined
      ? undefined
      : parseJsonFile(at(EASY_FILE), files[EASY_FILE], briefingDocSchema, problems);
  // Optional: a briefing may need no background at all.
  const glossary =
    files["glossary.json"] === undefined
      ? []
      : parseJsonFile(at("glossary.json"), files["glossary.json"], glossarySchema, problems);

  // Optional: renderings of the source's words an editor declares.
  const terms =
    files["terms.json"] === undefined
      ? {}
      : parseJsonFile(at("terms.json"), files["terms.json"], termsSchema, problems);

  const factIds = new Set<string>();
  for (const fact of facts ?? []) {
    if (factIds.has(fact.id)) {
      problems.push({ file: at("facts.json"), id: fact.id, message: "fact id is used twice" });
    }
    factIds.add(fact.id);
    if (text !== undefined && !occursIn(text, fact.evidence)) {
      problems.push({
        file: at("facts.json"),
        id: fact.id,
        message: `evidence not found verbatim in source.txt: "${fact.evidence}": ${firstDifference(text, fact.evidence)}`,
      });
    }
  }

  if (doc) {
    problems.push(...docCitationProblems(doc, at("briefing.json"), facts && factIds, text));
    const cited = allCited(doc);
    for (const id of factIds) {
      if (!cited.has(id)) {
        problems.push({
          file: at("facts.json"),
          id,
          message: "fact is never cited by briefing.json",
        });
      }
    }
  }
  if (easy) {
    problems.push(...docCitationProblems(easy, at(EASY_FILE), facts && factIds, text));
    if (doc) problems.push(...levelParityProblems(doc, easy, at(EASY_FILE)));
  }

  const termIds = new Set<string>();
  for (const entry of glossary ?? []) {
    if (termIds.has(entry.id)) {
      problems.push({ file: at("glossary.json"), id: entry.id, message: "term id is used twice" });
    }
    termIds.add(entry.id);
  }

  if (problems.length > 0 || !meta || !facts || !doc || !glossary || !terms || text === undefined) {
    return { problems };
  }
  const briefing = { ...doc, slug, source: { ...meta, text }, facts, glossary, terms };
  return { briefing: easy ? { ...briefing, easy } : briefing, problems };
}

function issueText(error: z.ZodError): string {
  return error.issues.map((i) => i.message).join("; ");
}
