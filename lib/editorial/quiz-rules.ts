import { typeOf } from "@/lib/quiz/question-types/type-registry";
import type { Problem } from "../content/problem";
import type { Quiz } from "../quiz/quiz-schema";
import type { FactInfo } from "./fact-info";
import { wordsOf } from "./words";

type Found = { id: string; message: string };

const ARTICLES = new Set(["a", "an", "the"]);
const folded = (text: string) =>
  wordsOf(text)
    .map((w) => w.toLowerCase())
    .filter((w) => !ARTICLES.has(w))
    .join(" ");

/**
 * One question, one thing tested. A question's first cited fact is what it tests: two
 * questions may not test one fact, and a question whose right answer is worded as another's
 * while citing the fact that one tests asks the same thing again.
 */
function repeatedTests(quiz: Quiz): Found[] {
  const out: Found[] = [];
  const tested = new Map<string, string>();
  for (const q of quiz.questions) {
    const fact = q.facts[0]!;
    const earlier = tested.get(fact);
    if (earlier) out.push({ id: q.id, message: `tests fact "${fact}", which "${earlier}" tests` });
    else tested.set(fact, q.id);
  }
  const keyTexts = (q: Quiz["questions"][number]) => typeOf(q).keyTexts(q).map(folded);
  quiz.questions.forEach((q, i) => {
    const keys = new Set(keyTexts(q));
    for (const other of quiz.questions.slice(0, i)) {
      const shared = keyTexts(other).find((text) => keys.has(text));
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

/**
 * The quiz rules that need the facts' hedges: repeats, and events said to have happened (an
 * order question's) resting on what was only expected or aimed at.
 */
export function quizProblems(quiz: Quiz, facts: Map<string, FactInfo>, file: string): Problem[] {
  const out: Problem[] = repeatedTests(quiz).map((f) => ({ file, ...f }));
  for (const q of quiz.questions) {
    for (const claim of typeOf(q).claims(q)) {
      if (claim.kind !== "event") continue;
      for (const id of claim.facts) {
        const hedge = facts
          .get(id)
          ?.hedges.hedges.find((h) => h.family === "likely" || h.family === "aim");
        if (hedge) {
          out.push({
            file,
            id: `${q.id}.items[${claim.id}]`,
            message: `rests on fact "${id}", which is only expected or aimed at (the source: “${hedge.source}”), not something that happened: order only events that happened`,
          });
        }
      }
    }
  }
  return out;
}
