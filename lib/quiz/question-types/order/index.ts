import { z } from "zod";
import { idSchema } from "@/lib/content/schemas";
import type { QuestionTypeModule } from "../module";
import {
  baseCitations,
  citedItem,
  idSet,
  isStringArray,
  publicChoices,
  questionBase,
  reasonFacts,
  textOf,
} from "../shared";
import { orderAnswer, type OrderPublic } from "./answer";

/** Put the events in order; every event says why it belongs where it does. */
const orderSchema = z.strictObject({
  ...questionBase,
  type: z.literal("order"),
  items: z.array(citedItem).min(3),
  answer: z.array(idSchema).min(3),
});
export type OrderQuestion = z.infer<typeof orderSchema>;

const reasonsOf = (q: OrderQuestion) =>
  q.items.map((i) => ({ choiceId: i.id, choice: i.text, reason: i.why }));

/** How two date intervals relate (ISO strings compare as dates). */
function compare(a: { from: string; to: string }, b: { from: string; to: string }) {
  if (a.to < b.from) return "before";
  if (a.from > b.to) return "after";
  return "overlap";
}

export const order: QuestionTypeModule<OrderQuestion, OrderPublic> = {
  schema: orderSchema,
  keyProblems(q) {
    const out: string[] = [];
    const items = idSet(q.items, "item", out);
    const isPermutation =
      q.answer.length === items.size &&
      q.answer.every((a) => items.has(a)) &&
      new Set(q.answer).size === items.size;
    if (!isPermutation) out.push("answer must list every item exactly once");
    // Without JavaScript items show in authored order, which must not give the answer away.
    if (q.items.every((item, i) => item.id === q.answer[i]))
      out.push("items are authored in the answer's order");
    return out;
  },
  proveKey(q, proof) {
    const out: string[] = [];
    for (const item of q.items) {
      out.push(...proof.unproven(item.text, item.facts).map((m) => `event "${item.id}" ${m}`));
    }
    const inOrder = q.answer.flatMap((id) => q.items.filter((i) => i.id === id));
    const dated = inOrder.flatMap((item) => {
      const when = proof.dateOf(item.facts[0]!);
      if (when) return [{ item, when }];
      // An undated event's place must come from somewhere: the reason cites what places it.
      const placed = reasonFacts(item.why).some((f) => f !== item.facts[0] && proof.dateOf(f));
      if (!placed) {
        out.push(
          `event "${item.id}": the evidence of fact "${item.facts[0]}" gives no date, so nothing proves its place; cite a dated fact for it, or have its reason cite the dated fact that places it`,
        );
      }
      return [];
    });
    const span = (w: { from: string; to: string; text: string }) =>
      `“${w.text}” (${w.from === w.to ? w.from : `${w.from} to ${w.to}`})`;
    dated.forEach((a, i) => {
      for (const [j, b] of dated.slice(i + 1).entries()) {
        const relation = compare(a.when, b.when);
        if (relation === "after") {
          out.push(
            `the key puts "${a.item.id}" before "${b.item.id}", but the evidence dates "${a.item.id}" ${span(a.when)}, after "${b.item.id}" ${span(b.when)}: fix the key`,
          );
        } else if (relation === "overlap" && j === 0) {
          out.push(
            `the evidence does not tell whether "${a.item.id}" ${span(a.when)} came before "${b.item.id}" ${span(b.when)}: order only events the source dates apart`,
          );
        }
      }
    });
    return out;
  },
  testedFacts: (q) => [...new Set(q.items.map((i) => i.facts[0]!))],
  citations: (q) => [
    ...baseCitations(q, reasonsOf(q)),
    ...q.items.map((i) => ({ where: `items[${i.id}]`, facts: i.facts })),
  ],
  reasons: reasonsOf,
  keyTexts: () => [],
  choices: (q) => q.items,
  // Each event states that something happened, resting on its own facts.
  claims: (q) => q.items.map((i) => ({ id: i.id, text: i.text, facts: i.facts, kind: "event" })),
  title: (q) => q.prompt,
  project: (q) => ({ id: q.id, type: "order", prompt: q.prompt, items: publicChoices(q.items) }),
  /**
   * The share of all pairs of items (not only neighbours) whose relative order matches the
   * key. Moving one item k places costs exactly k of the n(n − 1)/2 pairs, so swapping two
   * neighbours of four earns 5/6 and the key reversed earns 0. A list that is not the key's
   * items each exactly once (wrong length, an unknown or a repeated item) earns 0.
   */
  score(q, response) {
    if (!isStringArray(response) || response.length !== q.answer.length) return 0;
    const position = new Map(q.answer.map((id, i) => [id, i]));
    const ranks = response.map((id) => position.get(id));
    if (new Set(response).size !== response.length) return 0;
    if (!ranks.every((r): r is number => r !== undefined)) return 0;
    const n = ranks.length;
    const pairs = (n * (n - 1)) / 2;
    if (pairs === 0) return 1;
    let inOrder = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) if (ranks[i]! < ranks[j]!) inOrder++;
    }
    return inOrder / pairs;
  },
  describe: (q, response) =>
    Array.isArray(response) ? response.map((id, i) => `${i + 1}. ${textOf(q.items, id)}`) : [],
  wrongPicks: (q, response) =>
    (Array.isArray(response) ? response : []).flatMap((id, i) => {
      const item = q.items.find((x) => x.id === id);
      if (!item || q.answer[i] === id) return [];
      return [
        { yours: `${i + 1}. ${item.text}`, label: `“${item.text}” out of place`, reason: item.why },
      ];
    }),
  answer: orderAnswer,
};
