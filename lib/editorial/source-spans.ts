import { paragraphsOf } from "./words";

const QUOTES: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
};

/**
 * Where an evidence span sits in the source text as written: [start, end) in the source's own
 * characters, folding whitespace and quote marks exactly as the grounding check does.
 */
export function locate(source: string, evidence: string): [number, number] | undefined {
  const fold = (text: string, map?: number[]) => {
    let out = "";
    let space = false;
    for (let i = 0; i < text.length; i++) {
      const c = QUOTES[text[i]!] ?? text[i]!;
      const isSpace = /\s/.test(c);
      if (isSpace && (space || out === "")) continue;
      space = isSpace;
      out += isSpace ? " " : c;
      map?.push(i);
    }
    return out.trimEnd();
  };
  const map: number[] = [];
  const haystack = fold(source, map);
  const needle = fold(evidence);
  const at = haystack.indexOf(needle);
  if (at < 0 || needle === "") return undefined;
  return [map[at]!, map[at + needle.length - 1]! + 1];
}

/** The source's sentences with where each starts and ends, paragraph by paragraph. */
export function sourceSentences(source: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let from = 0;
  for (const paragraph of paragraphsOf(source)) {
    const base = source.indexOf(paragraph, from);
    from = base + paragraph.length;
    // A decimal point ("$4.2 million") does not end a sentence.
    const pattern = /(?:[^.!?]|[.!?](?=\d))+(?:[.!?]+["'\u201D\u2019]?|$)/g;
    for (const m of paragraph.matchAll(pattern)) {
      const text = m[0].trim();
      if (!text) continue;
      const start = base + m.index! + m[0].indexOf(text);
      out.push({ start, end: start + text.length, text });
    }
  }
  return out;
}
