// Splits a block of text into utterances for speech synthesis: one sentence each, so the
// highlight can follow the sentence being read, and never longer than MAX_UTTERANCE, because
// some engines (Chrome's network voices, older Android) stop or cut off a long utterance.
// Spans are offsets into the text, so the caller can map each one back to a DOM Range.

export type Span = { start: number; end: number };

export const MAX_UTTERANCE = 200;

/** A full stop after these never ends a sentence ("Mr. Shah", "Dr. Jones"). */
const TITLES = new Set(
  "mr mrs ms dr prof st gen gov sen rep pres lt col sgt capt rev hon vs approx dept".split(" "),
);
/** …nor after these when a number follows ("Nov. 19", "No. 10", "p. 4"). */
const BEFORE_NUMBERS = new Set(
  "no nos fig p pp vol jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);

// Terminators, then any closing quotes or brackets, then whitespace: "done.” Then".
const SENTENCE_END = /[.!?…]+['"’”)\]]*(?=\s)/g;
const SPACE = /\s/;

export function splitUtterances(text: string, max = MAX_UTTERANCE): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    pushSentence(text, start, end, max, spans);
    start = end;
  }
  pushSentence(text, start, text.length, max, spans);
  return spans;
}

function* sentenceEnds(text: string): Generator<number> {
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const next = text.slice(end).trimStart();
    // A lower-case word goes on with the same sentence: “Why?” she asked. / e.g. this
    if (!next || /^\p{Ll}/u.test(next)) continue;
    if (match[0][0] === "." && isAbbreviation(text.slice(0, match.index), next)) continue;
    yield end;
  }
}

function isAbbreviation(before: string, next: string): boolean {
  const word = /[\p{L}.]+$/u.exec(before)?.[0] ?? "";
  const lower = word.toLowerCase();
  // An initial ("J. K. Rowling") or dotted letters ("U.S.", "a.m."); "US" is a word.
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return TITLES.has(lower) || (BEFORE_NUMBERS.has(lower) && /^\d/.test(next));
}

function pushSentence(text: string, from: number, to: number, max: number, spans: Span[]) {
  [from, to] = trim(text, from, to);
  while (to - from > max) {
    const cut = cutPoint(text, from, from + max);
    const [start, end] = trim(text, from, cut);
    if (end > start) spans.push({ start, end });
    from = trim(text, cut, to)[0];
  }
  if (to > from) spans.push({ start: from, end: to });
}

/**
 * Where to break a sentence too long for one utterance, at most `limit`: after a pause a
 * reader would make (comma, semicolon, colon, dash) past the first third, else between
 * words, else (one endless word) at the limit itself.
 */
function cutPoint(text: string, from: number, limit: number): number {
  const earliest = from + Math.floor((limit - from) / 3);
  for (let i = limit; i > earliest; i--)
    if (/[,;:—–]/.test(text[i - 1]!) && SPACE.test(text[i]!)) return i;
  for (let i = limit; i > from; i--) if (SPACE.test(text[i]!)) return i;
  return limit;
}

function trim(text: string, from: number, to: number): [number, number] {
  while (from < to && SPACE.test(text[from]!)) from++;
  while (to > from && SPACE.test(text[to - 1]!)) to--;
  return [from, to];
}
