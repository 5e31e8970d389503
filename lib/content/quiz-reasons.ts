import type { Question, Reason } from "./quiz-schema";

/** One reason of a question, with the choice it explains ("why not <choice>"). */
export type ReasonOf = { choiceId: string; choice: string; reason: Reason };

/**
 * Every reason a question carries: on wrong options (single, multi), on the wrong value
 * (true/false), on every event (order) and every line (match).
 */
export function questionReasons(q: Question): ReasonOf[] {
  switch (q.type) {
    case "single":
    case "multi":
      return q.options.flatMap((o) =>
        o.why ? [{ choiceId: o.id, choice: o.text, reason: o.why }] : [],
      );
    case "true-false": {
      const wrong = !q.answer;
      return [{ choiceId: String(wrong), choice: wrong ? "True" : "False", reason: q.whyNot }];
    }
    case "order":
      return q.items.map((i) => ({ choiceId: i.id, choice: i.text, reason: i.why }));
    case "match":
      return q.prompts.map((p) => ({ choiceId: p.id, choice: p.text, reason: p.why }));
  }
}
