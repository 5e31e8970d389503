import type { Question } from "@/lib/content/quiz-schema";
import type { AttemptRecord } from "@/lib/store/types";
import type { Response } from "./score";
import { wrongPicks, type WrongPick } from "./why-not";

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
export function reviewAttempt(questions: Question[], attempt: AttemptRecord): ReviewItem[] {
  return attempt.questionIds.flatMap((id) => {
    const q = questions.find((x) => x.id === id);
    if (!q) return []; // a question removed from the quiz since: nothing left to explain
    return [
      {
        id,
        prompt: q.prompt,
        credit: attempt.credits[id] ?? 0,
        yours: describe(q, attempt.responses[id]),
        right: describe(q, q.answer),
        explanation: q.explanation,
        facts: q.facts,
        whyNot: wrongPicks(q, attempt.responses[id]),
      },
    ];
  });
}

function describe(q: Question, r: Response | undefined): string[] {
  if (r === undefined) return [];
  switch (q.type) {
    case "single":
      return [textOf(q.options, r)];
    case "multi":
      return Array.isArray(r) ? r.map((id) => textOf(q.options, id)) : [];
    case "true-false":
      return [r === true ? "True" : "False"];
    case "order":
      return Array.isArray(r) ? r.map((id, i) => `${i + 1}. ${textOf(q.items, id)}`) : [];
    case "match":
      return typeof r === "object" && !Array.isArray(r)
        ? q.prompts.map(
            (p) => `${p.text} → ${r[p.id] ? textOf(q.options, r[p.id]!) : "(no answer)"}`,
          )
        : [];
  }
}

function textOf(choices: { id: string; text: string }[], id: unknown): string {
  return choices.find((c) => c.id === id)?.text ?? "(unknown answer)";
}
