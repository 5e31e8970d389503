import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Lang } from "@/lib/i18n/lang";
import { EASY_FILE } from "./easy-file";
import { briefingDir, listBriefingSlugs, loadBriefing } from "./load-briefings.server";
import { quoteKey, type Edition } from "./edition";
import {
  briefingDocSchema,
  factsSchema,
  glossarySchema,
  sourceMetaSchema,
  type BriefingDoc,
} from "./schemas";

function quotesOf(level: "standard" | "easy", doc: BriefingDoc | undefined) {
  return (doc?.sections ?? []).flatMap((section) =>
    section.items.flatMap((item, i) =>
      "quote" in item ? [[quoteKey(level, section.id, i), item.quote] as const] : [],
    ),
  );
}

const cache = new Map<string, Edition>();

/**
 * A briefing in a language. A translation lives in the briefing's `<lang>/` folder, each file
 * its English one with the words translated (content:check proves it, docs/editorial.md); its
 * facts' evidence is our translation, and the English is kept beside it as the original.
 */
export function loadEdition(slug: string, lang: Lang): Edition | undefined {
  const english = loadBriefing(slug);
  if (!english) return undefined;
  if (lang === "en") return { ...english, lang };
  const key = `${slug}\0${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = path.join(/*turbopackIgnore: true*/ briefingDir(slug), lang);
  if (!existsSync(dir)) return undefined;
  const read = (name: string) => JSON.parse(readFileSync(path.join(dir, name), "utf8"));
  const doc = briefingDocSchema.parse(read("briefing.json"));
  const easy = english.easy && briefingDocSchema.parse(read(EASY_FILE));
  const edition: Edition = {
    ...english,
    ...doc,
    easy,
    glossary: english.glossary.length > 0 ? glossarySchema.parse(read("glossary.json")) : [],
    source: { ...english.source, ...sourceMetaSchema.parse(read("source.json")) },
    facts: factsSchema.parse(read("facts.json")),
    lang,
    originals: {
      evidence: Object.fromEntries(english.facts.map((f) => [f.id, f.evidence])),
      quotes: Object.fromEntries([
        ...quotesOf("standard", english),
        ...quotesOf("easy", english.easy),
      ]),
    },
  };
  cache.set(key, edition);
  return edition;
}

/** The briefings that have an edition in a language (every one, in English). */
export function editionSlugs(lang: Lang): string[] {
  return listBriefingSlugs().filter((slug) => loadEdition(slug, lang) !== undefined);
}
