// Answers to any question, right or deliberately wrong, and the form fields a browser posts
// for them: for e2e, the HTTP specs and the bench. By the shape of the key and the lists a
// question has, not by its type's name, so a new type whose answer is one option (like
// `evidence`) needs nothing here.
import type { Question } from "@/lib/quiz/question-types/type-registry";
import type { Response } from "@/lib/quiz/question-types/shared";

type Choices = { id: string; text: string }[];
export const listsOf = (q: Question) =>
  q as { options?: Choices; items?: Choices; prompts?: Choices };

/** The key as a response: what a reader who gets it right sends. */
export function rightResponse(q: Question): Response {
  return q.answer;
}

/**
 * A deliberately wrong response that gets every part wrong: the first wrong option, the
 * other value, every wrong box ticked and no right one, the events reversed, every line
 * matched to the first option that is not its key.
 */
export function wrongResponse(q: Question): Response {
  const { options = [], items } = listsOf(q);
  const key = q.answer;
  if (typeof key === "boolean") return !key;
  if (typeof key === "string") return options.find((o) => o.id !== key)!.id;
  if (Array.isArray(key)) {
    return items ? [...key].reverse() : options.filter((o) => !key.includes(o.id)).map((o) => o.id);
  }
  return Object.fromEntries(
    Object.keys(key).map((line) => [line, options.find((o) => o.id !== key[line])!.id]),
  );
}

/** The fields the quiz form posts for a response (what a no-JS browser sends). */
export function responseFields(q: Question, response: Response): [string, string][] {
  const name = `answers.${q.id}`;
  if (typeof response === "string" || typeof response === "boolean")
    return [[name, String(response)]];
  if (Array.isArray(response)) {
    return listsOf(q).items
      ? response.map((id, i) => [`${name}.${id}`, String(i + 1)])
      : response.map((id) => [name, id]);
  }
  return Object.entries(response).map(([line, option]) => [`${name}.${line}`, option]);
}
