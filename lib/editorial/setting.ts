import { normalizeForMatch } from "../content/normalize";
import { paragraphsOf } from "./words";

/** A stretch of the paragraph: [start, end) in its normalised text. */
export type Stretch = { start: number; end: number; text: string };

/**
 * Where an evidence span sits in the source: its paragraph, the sentences it touches, each
 * split into clauses, and the sentence that closes a quotation the span is part of
 * (`“The money is there. We think …,” a council official said.`).
 * All text is normalised (straight quotes, single spaces).
 */
export type Setting = {
  paragraph: string;
  span: Stretch;
  sentences: Stretch[];
  clauses: Stretch[];
  /** Only when the span's own sentences end inside an open quotation. */
  continuation?: Stretch;
};

/**
 * Sentences of a normalised paragraph: a full stop, ? or ! (and a closing quote) ends one, but
 * not a decimal point ("$4.2 million"); so does a dateline's ISO date ("date 2025-11-19 The
 * …"), which no sentence runs through.
 */
export function sentenceStretches(paragraph: string): Stretch[] {
  const out: Stretch[] = [];
  for (const m of paragraph.matchAll(
    /(?:[^.!?\d]|[.!?](?=\d)|\d(?!\d{3}-\d\d-\d\d\s))+?(?:[.!?]+["']?(?!\d)|\d{4}-\d\d-\d\d(?=\s)|$)/g,
  )) {
    const text = m[0].trim();
    if (!text) continue;
    const start = m.index + m[0].indexOf(text);
    out.push({ start, end: start + text.length, text });
  }
  return out;
}

// Where one clause ends and the next begins: a semicolon or colon, a dash between words, and
// a comma before a conjunction. "According to a draft budget" governs only its own clause.
const CLAUSE_BREAK =
  /;\s*|:\s+|\s+[–—]\s+|,\s+(?=(?:and|but|while|whereas|although|though|yet)\s)|\s+(?=but\s)/g;

function clauseStretches(sentence: Stretch): Stretch[] {
  const out: Stretch[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = sentence.text.slice(from, to);
    const text = raw.trim();
    if (text) {
      const start = sentence.start + from + raw.indexOf(text);
      out.push({ start, end: start + text.length, text });
    }
  };
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(sentence.text.length);
  return out;
}

/** Whether a quotation is still open at the end of `text` (an odd number of double quotes). */
function leavesQuoteOpen(paragraph: string, end: number): boolean {
  return ((paragraph.slice(0, end).match(/"/g) ?? []).length & 1) === 1;
}

export function settingOf(source: string, evidence: string): Setting | undefined {
  const needle = normalizeForMatch(evidence);
  for (const raw of paragraphsOf(source)) {
    const paragraph = normalizeForMatch(raw);
    const at = paragraph.indexOf(needle);
    if (at < 0) continue;
    const span = { start: at, end: at + needle.length, text: needle };
    const all = sentenceStretches(paragraph);
    const sentences = all.filter((s) => s.end > span.start && s.start < span.end);
    const last = sentences.at(-1);
    const next = last && all[all.indexOf(last) + 1];
    const continuation = last && next && leavesQuoteOpen(paragraph, last.end) ? next : undefined;
    return {
      paragraph,
      span,
      sentences,
      clauses: sentences.flatMap(clauseStretches),
      ...(continuation && { continuation }),
    };
  }
  return undefined;
}

/** The part of a stretch inside the span (empty when they do not meet). */
export function within(span: Stretch, stretch: Stretch): Stretch {
  const start = Math.max(span.start, stretch.start);
  const end = Math.min(span.end, stretch.end);
  if (end <= start) return { start, end: start, text: "" };
  return { start, end, text: span.text.slice(start - span.start, end - span.start) };
}
