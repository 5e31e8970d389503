import type { Lang } from "@/lib/i18n/lang";
import type { AttemptRecord } from "./attempt";
import { typeOf, type Question } from "./question-types/type-registry";
import type { WrongPick } from "./question-types/shared";

export type ReviewItem = {
  id: string;
  prompt: string;
  credit: number;
  yours: string[];
  right: string[];
  explanation: string;
  facts: string[];
  /** Why each wrong piece of the reader's answer is wrong. */
  whyNot: WrongPick[];
};

/** The result view of one attempt: per question, the reader's answer beside the key. */
export function reviewAttempt(
  questions: Question[],
  attempt: AttemptRecord,
  lang: Lang = "en",
): ReviewItem[] {
  return attempt.questionIds.flatMap((id) => {
    const q = questions.find((x) => x.id === id);
    if (!q) return []; // a question removed from the quiz since: nothing left to explain
    const type = typeOf(q);
    const response = attempt.responses[id];
    return [
      {
        id,
        prompt: type.title(q, lang),
        credit: attempt.credits[id] ?? 0,
        yours: type.describe(q, response, lang),
        right: type.describe(q, q.answer, lang),
        explanation: q.explanation,
        facts: q.facts,
        whyNot: type.wrongPicks(q, response, lang),
      },
    ];
  });
}
