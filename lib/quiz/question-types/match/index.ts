import { typeWords } from "../type-words";
import { z } from "zod";
import { idSchema, line } from "@/lib/content/schemas";
import type { QuestionTypeModule } from "../module";
import {
  baseCitations,
  citedItem,
  idSet,
  isRecord,
  plainChoice,
  publicChoices,
  questionBase,
  textOf,
} from "../shared";
import { matchAnswer, type MatchPublic } from "./answer";
import { overlappingOptions } from "./overlap";

/** Match each line to an option; every line says why its match is right. */
const matchSchema = z.strictObject({
  ...questionBase,
  type: z.literal("match"),
  prompts: z.array(citedItem).min(2),
  // One option can be right for one line and wrong for another: reasons sit on the lines.
  options: z.array(plainChoice).min(2),
  answer: z.record(idSchema, idSchema),
  /**
   * Options may look alike ("A US official", "A White House official") and one may contain
   * the other. An editor declares each such group distinct, saying why.
   */
  distinct: z
    .array(z.strictObject({ options: z.array(idSchema).min(2), because: line }))
    .optional(),
});
export type MatchQuestion = z.infer<typeof matchSchema>;

const reasonsOf = (q: MatchQuestion) =>
  q.prompts.map((p) => ({ choiceId: p.id, choice: p.text, reason: p.why }));

export const match: QuestionTypeModule<MatchQuestion, MatchPublic> = {
  schema: matchSchema,
  keyProblems(q) {
    const out: string[] = [];
    const prompts = idSet(q.prompts, "prompt", out);
    const options = idSet(q.options, "option", out);
    const keys = Object.keys(q.answer);
    for (const p of prompts) if (!keys.includes(p)) out.push(`prompt "${p}" has no answer`);
    for (const [p, o] of Object.entries(q.answer)) {
      if (!prompts.has(p)) out.push(`answer names prompt "${p}", which does not exist`);
      if (!options.has(o)) out.push(`answer "${o}" for "${p}" is not one of its options`);
    }
    for (const group of q.distinct ?? []) {
      for (const id of group.options)
        if (!options.has(id)) out.push(`distinct names option "${id}", which does not exist`);
    }
    out.push(...overlappingOptions(q));
    return out;
  },
  /**
   * Each line's key is who its fact is credited to ("A Ukrainian official"), or an actor its
   * evidence names that no other option is; the line's own words are in that evidence.
   */
  proveKey(q, proof) {
    const out: string[] = [];
    for (const line of q.prompts) {
      const fact = line.facts[0]!;
      out.push(...proof.unproven(line.text, line.facts).map((m) => `line "${line.id}" ${m}`));
      const key = q.options.find((o) => o.id === q.answer[line.id]);
      if (!key || proof.namesSpeaker(key.text, fact)) continue;
      const named = (o: { text: string }) =>
        proof.unproven(o.text, [fact]).length === 0 && proof.about(o.text, fact);
      if (named(key) && !q.options.some((o) => o.id !== key.id && named(o))) continue;
      out.push(
        `line "${line.id}" is keyed “${key.text}”, but fact "${fact}" credits ${proof.speaker(fact)}: fix the key, or the line's fact`,
      );
    }
    return out;
  },
  testedFacts: (q) => [...new Set(q.prompts.map((p) => p.facts[0]!))],
  citations: (q) => [
    ...baseCitations(q, reasonsOf(q)),
    ...q.prompts.map((p) => ({ where: `prompts[${p.id}]`, facts: p.facts })),
  ],
  reasons: reasonsOf,
  keyTexts: (q) => Object.values(q.answer).map((id) => textOf(q.options, id)),
  choices: (q) => [...q.prompts, ...q.options],
  claims: () => [],
  title: (q) => q.prompt,
  project: (q) => ({
    id: q.id,
    type: "match",
    prompt: q.prompt,
    prompts: publicChoices(q.prompts),
    options: publicChoices(q.options),
  }),
  /** The share of lines matched to the right option. */
  score(q, response) {
    if (!isRecord(response)) return 0;
    const lines = Object.keys(q.answer);
    return lines.filter((p) => response[p] === q.answer[p]).length / lines.length;
  },
  describe: (q, response, lang) =>
    isRecord(response)
      ? q.prompts.map(
          (p) =>
            `${p.text} → ${response[p.id] ? textOf(q.options, response[p.id]) : typeWords(lang).noAnswer}`,
        )
      : [],
  wrongPicks: (q, response) =>
    !isRecord(response)
      ? []
      : q.prompts.flatMap((line) => {
          const chosen = q.options.find((o) => o.id === response[line.id]);
          if (!chosen || chosen.id === q.answer[line.id]) return [];
          return [
            {
              yours: `${line.text} → ${chosen.text}`,
              label: `“${line.text}” → ${chosen.text}`,
              reason: line.why,
            },
          ];
        }),
  answer: matchAnswer,
};
