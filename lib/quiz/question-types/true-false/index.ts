import { z } from "zod";
import type { QuestionTypeModule } from "../module";
import { baseCitations, questionBase, reasonFacts, reasonSchema, type ReasonOf } from "../shared";
import { trueFalseAnswer, type TrueFalsePublic } from "./answer";
import { trueFalseWord } from "../type-words";

/** A statement, true or false; 1 or 0. */
const trueFalseSchema = z.strictObject({
  ...questionBase,
  type: z.literal("true-false"),
  answer: z.boolean(),
  /** Why the other answer is wrong. */
  whyNot: reasonSchema,
});
export type TrueFalseQuestion = z.infer<typeof trueFalseSchema>;

const word = (value: boolean) => trueFalseWord(value);
const reasonsOf = (q: TrueFalseQuestion): ReasonOf[] => [
  { choiceId: String(!q.answer), choice: word(!q.answer), reason: q.whyNot },
];

export const trueFalse: QuestionTypeModule<TrueFalseQuestion, TrueFalsePublic> = {
  schema: trueFalseSchema,
  keyProblems: () => [],
  /**
   * The statement restates its first fact. Keyed true, it must say what that fact says, with
   * its terms and hedges; keyed false, it must not, and the reason cites the fact that shows
   * it. The explanation opens with the verdict, so a flipped key contradicts it.
   */
  proveKey(q, proof) {
    const tested = q.facts[0]!;
    const out: string[] = [];
    const opens = /^\s*(true|false)\b/i.exec(q.explanation)?.[1];
    if (opens?.toLowerCase() !== String(q.answer)) {
      out.push(
        `is keyed ${word(q.answer).toLowerCase()}, but its explanation opens “${q.explanation.split(/\s+/)[0]}”: open it with “${word(q.answer)}.” (or fix the key)`,
      );
    }
    if (!reasonFacts(q.whyNot).includes(tested)) {
      out.push(
        `whyNot must cite fact "${tested}", which the statement restates: the reason shows what the source says`,
      );
    }
    const differences = proof.unfaithful(q.prompt, tested);
    if (q.answer) {
      out.push(...differences.map((d) => `is keyed true, but the statement ${d}`));
    } else if (differences.length === 0) {
      out.push(
        `is keyed false, but the statement says what fact "${tested}" says (${proof.quote(tested)}), with its terms and hedges: is the key right?`,
      );
    }
    return out;
  },
  testedFacts: (q) => [q.facts[0]!],
  citations: (q) => baseCitations(q, reasonsOf(q)),
  reasons: reasonsOf,
  keyTexts: () => [],
  choices: () => [],
  claims: () => [],
  title: (q) => q.prompt,
  project: (q, lang) => ({
    id: q.id,
    type: "true-false",
    prompt: q.prompt,
    // True, then False, in the page's language; the ids are what the form posts.
    options: [
      { id: "true", text: trueFalseWord(true, lang) },
      { id: "false", text: trueFalseWord(false, lang) },
    ],
  }),
  score: (q, response) => (response === q.answer ? 1 : 0),
  describe: (_, response, lang) =>
    response === undefined ? [] : [trueFalseWord(response === true, lang)],
  wrongPicks: (q, response, lang) =>
    typeof response !== "boolean" || response === q.answer
      ? []
      : [
          {
            yours: trueFalseWord(response, lang),
            label: trueFalseWord(response, lang),
            reason: q.whyNot,
          },
        ],
  answer: trueFalseAnswer,
};
