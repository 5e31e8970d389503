import type { Briefing } from "./parse-briefing";
import type { GlossaryEntry } from "./schemas";

/** Text with the glossary terms it contains picked out. */
export type Segment = string | { entry: GlossaryEntry; text: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function patternOf(entry: GlossaryEntry): RegExp {
  const forms = [entry.term, ...(entry.forms ?? [])].sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join("|")})(?![\\p{L}\\p{N}])`,
    "iu",
  );
}

/** Whether a text uses a term (any of its forms, whole words, any case). */
export function usesTerm(text: string, entry: GlossaryEntry): boolean {
  return patternOf(entry).test(text);
}

/**
 * A marker for one page: each term is picked out at its first occurrence only, in the order
 * texts are passed, which must be the order they appear on the page.
 */
export function termMarker(glossary: GlossaryEntry[]): (text: string) => Segment[] {
  const pending = new Map(glossary.map((entry) => [entry.id, entry]));
  return (text) => {
    let segments: Segment[] = [text];
    for (const entry of [...pending.values()]) {
      const pattern = patternOf(entry);
      const at = segments.findIndex((s) => typeof s === "string" && pattern.test(s));
      if (at < 0) continue;
      const plain = segments[at] as string;
      const match = pattern.exec(plain)!;
      const before = plain.slice(0, match.index);
      const after = plain.slice(match.index + match[0].length);
      segments = [
        ...segments.slice(0, at),
        ...(before ? [before] : []),
        { entry, text: match[0] },
        ...(after ? [after] : []),
        ...segments.slice(at + 1),
      ];
      pending.delete(entry.id);
    }
    return segments;
  };
}

/**
 * The briefing's marked texts in page order (dek, then each section's intro and items), keyed
 * "dek", "<section>.intro", "<section>.<i>" and "<section>.<i>.role".
 */
export function markBriefing(b: Briefing): Map<string, Segment[]> {
  const mark = termMarker(b.glossary);
  const out = new Map<string, Segment[]>([["dek", mark(b.dek)]]);
  for (const section of b.sections) {
    if (section.intro) out.set(`${section.id}.intro`, mark(section.intro.text));
    section.items.forEach((item, i) => {
      if ("quote" in item) return; // the source's own words are not ours to annotate
      if ("role" in item) out.set(`${section.id}.${i}.role`, mark(item.role));
      out.set(`${section.id}.${i}`, mark(item.text));
    });
  }
  return out;
}
