import type { Dictionary } from "./en";

/**
 * The quiz form's words: plain strings, so a server page can hand them to the client form.
 * `messages`: what the form may say (its schema's and its send's messages, in English, the
 * keys) in the page's language; empty in English.
 */
export type QuizFormWords = FormWords<Dictionary["quiz"]["form"]>;

/** A form's words with the messages it may show, in its language, keyed by their English. */
export type FormWords<W> = W & { messages: Record<string, string> };

/** A validation message in the form's language: the schema speaks English (its words are keys). */
export function say(
  words: { messages: Record<string, string> },
  message: string | undefined,
): string | undefined {
  return message && (words.messages[message] ?? message);
}
