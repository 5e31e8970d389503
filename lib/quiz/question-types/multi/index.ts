import { z } from "zod";
import { idSchema } from "@/lib/content/schemas";
import type { QuestionTypeModule } from "../module";
import { proveOptions } from "../option-proofs";
import {
  baseCitations,
  idSet,
  isStringArray,
  optionReasons,
  publicChoices,
  questionBase,
  reasonedChoice,
  reasonPlacement,
  textOf,
} from "../shared";
import { multiAnswer, type MultiPublic } from "./answer";

/** Select all that apply. */
const multiSchema = z.strictObject({
  ...questionBase,
  type: z.literal("multi"),
  // At most 10: with up to 9 right and 9 wrong, each option's share (1/n) is one Moodle's
  // grade list holds, so the LMS exports keep our partial credit (lib/quiz/export).
  options: z
    .array(reasonedChoice)
    .min(3)
    .max(
      10,
      "has more than 10 options: an LMS export could not always carry each option's share of the point (Moodle's grades have no 1/11, 1/12…); drop options or split the question",
    ),
  answer: z.array(idSchema).min(1, "must list at least one correct option"),
});
export type MultiQuestion = z.infer<typeof multiSchema>;

export const multi: QuestionTypeModule<MultiQuestion, MultiPublic> = {
  schema: multiSchema,
  keyProblems(q) {
    const out: string[] = [];
    const options = idSet(q.options, "option", out);
    for (const a of q.answer)
      if (!options.has(a)) out.push(`answer "${a}" is not one of its options`);
    if (new Set(q.answer).size !== q.answer.length) out.push("answer lists an option twice");
    if (q.answer.length === q.options.length)
      out.push("every option is correct: nothing to choose");
    out.push(...reasonPlacement(q.options, q.answer));
    return out;
  },
  proveKey: (q, proof) => proveOptions(q.options, q.answer, q.facts[0]!, proof),
  testedFacts: (q) => [q.facts[0]!],
  citations: (q) => baseCitations(q, optionReasons(q.options)),
  reasons: (q) => optionReasons(q.options),
  keyTexts: (q) => q.answer.map((id) => textOf(q.options, id)),
  choices: (q) => q.options,
  claims: () => [],
  title: (q) => q.prompt,
  project: (q) => ({
    id: q.id,
    type: "multi",
    prompt: q.prompt,
    options: publicChoices(q.options),
  }),
  /**
   * Right picks / options in the key − wrong picks / options not in the key, floored at 0.
   * Each distinct pick counts once; a pick that is not an option at all counts as wrong. Both
   * halves are shares, so picking everything earns exactly 0: what a guess gains on the right
   * options it loses on the wrong ones. Missing one of four right ones earns 0.75; each wrong
   * pick costs 1 / the number of wrong options.
   */
  score(q, response) {
    if (!isStringArray(response)) return 0;
    const key = new Set(q.answer);
    const wrongOptions = new Set(q.options.map((o) => o.id).filter((id) => !key.has(id))).size;
    const picked = new Set(response);
    const right = [...picked].filter((id) => key.has(id)).length;
    const wrong = picked.size - right;
    // The content check refuses a question with no wrong option; the guard keeps such a
    // question finite anyway (any wrong pick, necessarily an unknown id, then costs it all).
    return Math.max(0, right / key.size - wrong / Math.max(1, wrongOptions));
  },
  describe: (q, response) =>
    Array.isArray(response) ? response.map((id) => textOf(q.options, id)) : [],
  wrongPicks: (q, response) =>
    (Array.isArray(response) ? [...new Set(response)] : []).flatMap((id) => {
      const chosen = q.options.find((o) => o.id === id);
      if (!chosen?.why || q.answer.includes(chosen.id)) return [];
      return [{ yours: chosen.text, label: chosen.text, reason: chosen.why }];
    }),
  answer: multiAnswer,
};
