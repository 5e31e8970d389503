import { oneOf } from "../choice-list";
import { MESSAGES } from "../messages";
import type { AnswerModule } from "../module";
import type { Choice } from "../shared";
import type { Lang } from "@/lib/i18n/lang";
import { typeWords } from "../type-words";

export type TrueFalsePublic = { id: string; type: "true-false"; prompt: string; options: Choice[] };

/** The two answers' words in a language (the quiz file has no words for them). */
export const trueFalseWord = (value: boolean, lang: Lang = "en") =>
  typeWords(lang)[value ? "true" : "false"];

/** True, then False, in the page's language; the ids are what the form posts. */
export const trueFalseOptions = (lang: Lang = "en"): Choice[] => [
  { id: "true", text: trueFalseWord(true, lang) },
  { id: "false", text: trueFalseWord(false, lang) },
];

export const trueFalseAnswer: AnswerModule<TrueFalsePublic> = {
  schema: (q) => oneOf(q.options, MESSAGES.choose),
  repeats: false,
  toResponse: (value) => value === "true",
};
