import type { Question, Quiz } from "@/lib/content/quiz-schema";

type Choice = { id: string; text: string };

/**
 * What a quiz page may know: prompts and choices. No answer keys, no explanations, and no
 * cited fact ids (their names would give answers away).
 */
export type PublicQuestion =
  | { id: string; type: "single" | "multi" | "true-false"; prompt: string; options: Choice[] }
  | { id: string; type: "order"; prompt: string; items: Choice[] }
  | { id: string; type: "match"; prompt: string; prompts: Choice[]; options: Choice[] };

export type PublicQuiz = { title: string; questions: PublicQuestion[] };

export const TRUE_FALSE_OPTIONS: Choice[] = [
  { id: "true", text: "True" },
  { id: "false", text: "False" },
];

export function toPublicQuestion(q: Question): PublicQuestion {
  const { id, prompt } = q;
  switch (q.type) {
    case "single":
    case "multi":
      return { id, type: q.type, prompt, options: pick(q.options) };
    case "true-false":
      return { id, type: "true-false", prompt, options: TRUE_FALSE_OPTIONS };
    case "order":
      return { id, type: "order", prompt, items: pick(q.items) };
    case "match":
      return { id, type: "match", prompt, prompts: pick(q.prompts), options: pick(q.options) };
  }
}

export function toPublicQuiz(quiz: Quiz, only?: ReadonlySet<string>): PublicQuiz {
  const questions = only ? quiz.questions.filter((q) => only.has(q.id)) : quiz.questions;
  return { title: quiz.title, questions: questions.map(toPublicQuestion) };
}

// Copies field by field so nothing added to a choice later leaks by accident.
function pick(choices: Choice[]): Choice[] {
  return choices.map(({ id, text }) => ({ id, text }));
}
