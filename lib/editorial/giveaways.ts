import { typeOf } from "@/lib/quiz/question-types/type-registry";
import type { Problem } from "../content/problem";
import type { Quiz } from "../quiz/quiz-schema";
import { stemsOf } from "./words";

/** Everything a reader sees of a question before submitting: prompt, claim, every choice. */
function visible(q: Quiz["questions"][number]): string[] {
  const type = typeOf(q);
  return [
    q.prompt,
    ...type.choices(q).map((c) => c.text),
    ...type
      .claims(q)
      .filter((c) => c.kind === "claim")
      .map((c) => c.text),
  ];
}

const isName = (word: string) => /^\p{Lu}/u.test(word);

/**
 * A question must not be answerable from another's text: a whole quiz shows at once. A piece
 * of another question (its prompt, claim or a choice) that holds every word of this question's
 * right answer, beside a word of what this one asks (not a name, nor a word common to the whole
 * source), gives it away: "Ortiz's meeting in Boston with Shah" answers "Where did Ortiz meet
 * the bus maker's chief?", and a quoted source sentence may answer another question outright.
 */
export function giveaways(quiz: Quiz, common: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  for (const q of quiz.questions) {
    const answers = typeOf(q)
      .keyTexts(q)
      .map((text) => ({ text, stems: stemsOf(text) }))
      .filter((a) => a.stems.size > 0);
    const asks = [...stemsOf(q.prompt.replace(/[\p{L}']+/gu, (w) => (isName(w) ? "" : w)))].filter(
      (s) => !common.has(s) && !answers.some((a) => a.stems.has(s)),
    );
    if (answers.length === 0 || asks.length === 0) continue;
    for (const other of quiz.questions) {
      if (other.id === q.id) continue;
      const piece = visible(other).find((text) => {
        const stems = stemsOf(text);
        const holds = answers.some((a) => [...a.stems].every((s) => stems.has(s)));
        return holds && asks.some((s) => stems.has(s));
      });
      if (!piece) continue;
      const shown = piece.length > 70 ? `${piece.slice(0, 68)}…` : piece;
      out.push({
        file: "",
        id: q.id,
        message: `its answer shows in question "${other.id}" (“${shown}”), beside what it asks: a reader can find it there; reword one of them`,
      });
    }
  }
  return out;
}
