import type { Problem } from "../parse-briefing";
import type { Question, Quiz } from "../quiz-schema";
import type { FactHedges } from "./hedges";
import { wordsOf } from "./words";

type Found = { id: string; message: string };

/**
 * One question, one thing tested. A question's first cited fact is what it tests: two
 * questions may not test one fact, and a question whose right answer is worded as another's
 * while citing the fact that one tests asks the same thing again.
 */
export function repeatedTests(quiz: Quiz): Found[] {
  const out: Found[] = [];
  const tested = new Map<string, string>();
  for (const q of quiz.questions) {
    const fact = q.facts[0]!;
    const earlier = tested.get(fact);
    if (earlier) out.push({ id: q.id, message: `tests fact "${fact}", which "${earlier}" tests` });
    else tested.set(fact, q.id);
  }
  quiz.questions.forEach((q, i) => {
    const keys = new Set(keyTexts(q).map(folded));
    for (const other of quiz.questions.slice(0, i)) {
      const shared = keyTexts(other)
        .map(folded)
        .find((text) => keys.has(text));
      const overlaps = q.facts.includes(other.facts[0]!) || other.facts.includes(q.facts[0]!);
      if (shared && overlaps) {
        out.push({
          id: q.id,
          message: `asks what "${other.id}" asks (same right answer “${shared}”, same fact)`,
        });
      }
    }
  });
  return out;
}

function keyTexts(q: Question): string[] {
  const textOf = (id: string) =>
    q.type !== "true-false" && q.type !== "order"
      ? (q.options.find((o) => o.id === id)?.text ?? id)
      : id;
  switch (q.type) {
    case "single":
      return [textOf(q.answer)];
    case "multi":
      return q.answer.map(textOf);
    case "match":
      return Object.values(q.answer).map(textOf);
    default:
      return [];
  }
}

const ARTICLES = new Set(["a", "an", "the"]);
const folded = (text: string) =>
  wordsOf(text)
    .map((w) => w.toLowerCase())
    .filter((w) => !ARTICLES.has(w))
    .join(" ");

/**
 * Options of a match question must exclude each other. Two options that share their last
 * word ("A US official", "A White House official") or where one's words are all in the other
 * may name the same person: an editor declares them `distinct`, with the reason.
 */
export function overlappingMatchOptions(q: Extract<Question, { type: "match" }>): string[] {
  const declared = (a: string, b: string) =>
    (q.distinct ?? []).some((g) => g.options.includes(a) && g.options.includes(b));
  const out: string[] = [];
  q.options.forEach((a, i) => {
    for (const b of q.options.slice(i + 1)) {
      const wa = folded(a.text).split(" ");
      const wb = folded(b.text).split(" ");
      const sameKind = wa.at(-1) === wb.at(-1);
      const contained = wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
      if ((sameKind || contained) && !declared(a.id, b.id)) {
        out.push(
          `options “${a.text}” and “${b.text}” may name the same person: reword them or declare them in "distinct" with the reason they cannot`,
        );
      }
    }
  });
  return out;
}

/** The quiz rules: repeats, overlapping match options, order events that never happened. */
export function quizProblems(
  quiz: Quiz,
  evidence: Map<string, { hedges: FactHedges }>,
  file: string,
): Problem[] {
  const out: Problem[] = repeatedTests(quiz).map((f) => ({ file, ...f }));
  for (const q of quiz.questions) {
    if (q.type === "match") {
      for (const message of overlappingMatchOptions(q)) out.push({ file, id: q.id, message });
    }
    if (q.type === "order") {
      // "In the order they happened" may only hold events the source says happened.
      for (const item of q.items) {
        if (!("facts" in item.why)) continue;
        for (const id of item.why.facts) {
          const families = evidence.get(id)?.hedges.families ?? [];
          if (families.includes("likely") || families.includes("aim")) {
            out.push({
              file,
              id: `${q.id}.items.${item.id}`,
              message: `rests on fact "${id}", which is only expected or aimed at, not something that happened`,
            });
          }
        }
      }
    }
  }
  return out;
}
