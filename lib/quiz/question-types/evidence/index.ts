import { typeWords } from "../type-words";
import { z } from "zod";
import { firstDifference } from "@/lib/content/near-miss";
import { normalizeForMatch, occursIn } from "@/lib/content/normalize";
import { idSchema, line } from "@/lib/content/schemas";
import type { QuestionTypeModule } from "../module";
import { pickOne } from "../pick-one";
import { publicChoices, questionBase, reasonedChoice } from "../shared";
import { evidenceAnswer, type EvidencePublic } from "./answer";

/**
 * Text evidence (CommonLit's "Part B"): read a claim, pick the sentence of the source that
 * proves it. Every offered sentence is quoted verbatim; the right one is the evidence of the
 * fact the question tests (its first cited fact). 1 or 0.
 */
const evidenceSchema = z.strictObject({
  ...questionBase,
  type: z.literal("evidence"),
  /** In our words, so it keeps the hedges of the facts it rests on, like any line of ours. */
  claim: line,
  options: z.array(reasonedChoice).min(3).max(4),
  answer: idSchema,
});
export type EvidenceQuestion = z.infer<typeof evidenceSchema>;

export const evidence: QuestionTypeModule<EvidenceQuestion, EvidencePublic> = {
  schema: evidenceSchema,
  ...pickOne,
  keyProblems(q, { source, facts }) {
    const out = pickOne.keyProblems(q);
    for (const o of q.options) {
      if (!occursIn(source, o.text)) {
        out.push(
          `sentence "${o.id}" is not verbatim in source.txt: ${firstDifference(source, o.text)}`,
        );
      }
    }
    const key = q.options.find((o) => o.id === q.answer);
    const proof = facts.get(q.facts[0]!)?.evidence;
    if (key && proof !== undefined && normalizeForMatch(key.text) !== normalizeForMatch(proof)) {
      out.push(`the right sentence must be the evidence of fact "${q.facts[0]}", which it tests`);
    }
    return out;
  },
  choices: (q) => q.options,
  claims: (q) => [{ id: "claim", text: q.claim, facts: q.facts, kind: "claim" }],
  title: (q, lang) => `${q.prompt} ${typeWords(lang).claim}: ${q.claim}`,
  project: (q) => ({
    id: q.id,
    type: "evidence",
    prompt: q.prompt,
    claim: q.claim,
    options: publicChoices(q.options),
  }),
  answer: evidenceAnswer,
};
