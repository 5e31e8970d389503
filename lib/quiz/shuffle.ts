/**
 * The question the prerendered HTML shows (the page's first), on screen before any script
 * runs. Its options keep authored order for the whole attempt, so they are visible at first
 * paint and never move. Trade-off: that one question's order is the same for everyone (a
 * static page cannot know the attempt, which is made in the browser). Content rules keep it
 * fair: single-choice options are in the editor's order, and order-question items are
 * authored so that authored order is never the answer.
 */
export const SHOWN_BEFORE_HYDRATION = 0;

/**
 * The shuffle seed for the options of the question at `position` while the question at
 * `current` is on screen; undefined means authored order. Every other question is shuffled
 * per attempt, and only while on screen (so a move re-renders two questions, not all):
 * hidden, its order cannot be seen changing, and it is shuffled in the render that shows it.
 * No attempt id (not hydrated yet) means no seed: the options wait hidden (see QuestionBlock).
 */
export function optionSeed(
  attemptId: string | undefined,
  question: { id: string; position: number },
  current: number,
): string | undefined {
  if (!attemptId || question.position === SHOWN_BEFORE_HYDRATION) return undefined;
  return question.position === current ? `${attemptId}:${question.id}` : undefined;
}

/**
 * Per-attempt option order: a seeded Fisher–Yates shuffle, so the same attempt id always
 * shows the same order (stable across reloads) and different attempts differ.
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = mulberry32(hash(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// FNV-1a: a tiny, well-spread string hash; this needs determinism, not secrecy.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
