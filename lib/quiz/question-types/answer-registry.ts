// The form half of every question type, by name: what the browser loads to validate answers
// (with zod/mini, on first use) and the server uses to read them. Client-safe: no keys here.
import { evidenceAnswer } from "./evidence/answer";
import { matchAnswer } from "./match/answer";
import type { AnswerModule } from "./module";
import { multiAnswer } from "./multi/answer";
import { orderAnswer } from "./order/answer";
import type { PublicQuestion, QuestionType } from "./type-registry";
import { singleAnswer } from "./single/answer";
import { trueFalseAnswer } from "./true-false/answer";

const ANSWERS: { [K in QuestionType]: AnswerModule<Extract<PublicQuestion, { type: K }>> } = {
  single: singleAnswer,
  multi: multiAnswer,
  "true-false": trueFalseAnswer,
  order: orderAnswer,
  match: matchAnswer,
  evidence: evidenceAnswer,
};

/** The form half of a public question's type, typed for it. */
export function answerOf<P extends PublicQuestion>(q: P): AnswerModule<P> {
  return ANSWERS[q.type] as unknown as AnswerModule<P>;
}
