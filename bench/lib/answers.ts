import type { Question } from "../../lib/content/quiz-schema";

/** A full, right set of answers as form fields (what the no-JS quiz form posts). */
export function answerFields(questions: Question[]): [string, string][] {
  return questions.flatMap((q): [string, string][] => {
    const name = `answers.${q.id}`;
    switch (q.type) {
      case "single":
        return [[name, q.answer]];
      case "true-false":
        return [[name, String(q.answer)]];
      case "multi":
        return q.answer.map((id) => [name, id]);
      case "order":
        return q.answer.map((id, i) => [`${name}.${id}`, String(i + 1)]);
      case "match":
        return Object.entries(q.answer).map(([prompt, option]) => [`${name}.${prompt}`, option]);
    }
  });
}
