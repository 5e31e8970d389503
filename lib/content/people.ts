import { usesTerm } from "./glossary";
import type { Briefing } from "./parse-briefing";
import type { SectionItem } from "./schemas";

export type Person = { name: string; role: string };

/**
 * The people of the briefing's "people" section that the given texts mention (by the last
 * word of their name, "Ortiz"), in the section's order: a quiz or result page names them
 * with their role before the first question does. Names the glossary defines (an outlet, say)
 * are left out: their background opens where they are marked, and an outlet's role could give
 * a question away.
 */
export function peopleMentioned(b: Briefing, texts: string[]): Person[] {
  const all = b.sections
    .flatMap((s): SectionItem[] => s.items)
    .flatMap((item) => ("role" in item ? [{ name: item.name, role: item.role }] : []));
  const joined = texts.join("\n");
  return all.filter(({ name }) => {
    if (b.glossary.some((entry) => usesTerm(name, entry))) return false;
    const last = name.split(/\s+/).at(-1)!;
    return new RegExp(`(?<![\\p{L}])${last}(?![\\p{L}])`, "u").test(joined);
  });
}

/** Every word a reader sees in a public question: prompt and choices. */
export function questionTexts(q: {
  prompt: string;
  options?: { text: string }[];
  items?: { text: string }[];
  prompts?: { text: string }[];
}): string[] {
  return [
    q.prompt,
    ...[...(q.options ?? []), ...(q.items ?? []), ...(q.prompts ?? [])].map((c) => c.text),
  ];
}
