import type { BriefingDoc, SectionItem } from "./schemas";

/** Adult silent reading of non-fiction on a phone: ~200 words a minute is the usual estimate. */
const WORDS_PER_MINUTE = 200;

function itemText(item: SectionItem): string {
  if ("quote" in item) return `${item.quote} ${item.speaker}`;
  if ("name" in item) return `${item.name} ${item.role} ${item.text}`;
  if ("when" in item) return `${item.when} ${item.text}`;
  return item.text;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function briefingWordCount(doc: BriefingDoc): number {
  const parts = [doc.title, doc.dek];
  for (const section of doc.sections) {
    parts.push(section.heading, section.intro?.text ?? "", ...section.items.map(itemText));
  }
  return countWords(parts.join(" "));
}

export function readingMinutes(doc: BriefingDoc): number {
  return Math.max(1, Math.round(briefingWordCount(doc) / WORDS_PER_MINUTE));
}
