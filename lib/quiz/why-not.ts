import type { Question, Reason } from "@/lib/content/quiz-schema";
import type { Response } from "./score";

/** One wrong piece of an answer, with the reason it is wrong. */
export type WrongPick = {
  /** The reader's own answer, as the result page quotes it: Why not “<yours>”. */
  yours: string;
  /** What a teacher's dashboard counts it under ("“X” out of place" for order). */
  label: string;
  reason: Reason;
};

/**
 * The wrong pieces of a response, each with its reason: a wrong choice (single, true/false),
 * each wrong tick (multi), each event out of place (order), each wrong line (match). Unknown
 * ids and unanswered lines have no reason to give and are left out.
 */
export function wrongPicks(q: Question, response: Response | undefined): WrongPick[] {
  if (response === undefined) return [];
  const pick = (yours: string, reason: Reason | undefined, label = yours): WrongPick[] =>
    reason ? [{ yours, label, reason }] : [];
  const option = (id: unknown) =>
    q.type === "single" || q.type === "multi" ? q.options.find((o) => o.id === id) : undefined;
  switch (q.type) {
    case "single": {
      const chosen = option(response);
      return response === q.answer || !chosen ? [] : pick(chosen.text, chosen.why);
    }
    case "true-false":
      return typeof response !== "boolean" || response === q.answer
        ? []
        : pick(response ? "True" : "False", q.whyNot);
    case "multi":
      return (Array.isArray(response) ? [...new Set(response)] : []).flatMap((id) => {
        const chosen = option(id);
        return !chosen || q.answer.includes(chosen.id) ? [] : pick(chosen.text, chosen.why);
      });
    case "order":
      return (Array.isArray(response) ? response : []).flatMap((id, i) => {
        const item = q.items.find((x) => x.id === id);
        if (!item || q.answer[i] === id) return [];
        return pick(`${i + 1}. ${item.text}`, item.why, `“${item.text}” out of place`);
      });
    case "match": {
      if (typeof response !== "object" || Array.isArray(response)) return [];
      return q.prompts.flatMap((line) => {
        const chosen = q.options.find((o) => o.id === response[line.id]);
        if (!chosen || chosen.id === q.answer[line.id]) return [];
        return pick(`${line.text} → ${chosen.text}`, line.why, `“${line.text}” → ${chosen.text}`);
      });
    }
  }
}
