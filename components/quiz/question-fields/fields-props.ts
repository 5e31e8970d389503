import type { UseFormRegister } from "react-hook-form";
import type { AnswerValue, QuizFormValues } from "@/lib/quiz/answer-form-schema";
import type { Choice } from "@/lib/quiz/question-types/shared";
import type { QuizFormWords } from "@/lib/i18n/form-words";

/** What every question type's fields get from the question block. */
export type FieldsProps<P> = {
  question: P;
  register: UseFormRegister<QuizFormValues>;
  /** Display order per list, already shuffled for this attempt (or authored without JS). */
  order: (list: Choice[]) => Choice[];
  /** The answer as last posted (no-JS error round trip): rendered as the fields' defaults. */
  posted?: AnswerValue;
  /** The page's words (plain strings, from the server's dictionary). */
  words: QuizFormWords;
};

/** The posted value of one part (an order position, a match line), or "" for none. */
export function postedPart(posted: AnswerValue | undefined, id: string): string {
  return posted && typeof posted === "object" && !Array.isArray(posted) ? (posted[id] ?? "") : "";
}
