import type { KeyProof } from "@/lib/quiz/question-types/module";
import { poolFor, type FactInfo } from "./fact-info";
import { ungrounded, unprovenMessage } from "./grounding";
import { droppedHedges } from "./hedges";
import type { Ordinary } from "./key-terms";
import type { Renderings } from "./term-pool";
import { stemsOf, withoutPossessive, wordsOf } from "./words";

const NEGATION = /\b(?:not|never|no|none|nobody|nothing)\b|n't\b/i;
const ARTICLES = new Set(["a", "an", "the"]);

const stem = (word: string) => {
  const lower = withoutPossessive(word).toLowerCase();
  return lower.slice(0, Math.max(4, lower.length - 2));
};

/**
 * The KeyProof every question type proves its key with (lib/quiz/question-types/module.ts), over the
 * briefing's facts. A key's names, numbers and dates come from the tested fact's evidence and
 * who says it, never from background: a key is proven by the source or not at all.
 */
export function keyProof(
  facts: Map<string, FactInfo>,
  ordinary: Ordinary,
  renderings: Renderings,
): KeyProof {
  const known = (ids: string[]) => ids.flatMap((id) => facts.get(id) ?? []);
  const unproven = (text: string, ids: string[], only?: "names") =>
    ungrounded(text, poolFor(facts, ids, []), ordinary, renderings)
      .filter((t) => !only || t.kind === "name")
      .map((t) => unprovenMessage(t, known(ids)));
  const about = (text: string, id: string) => {
    const fact = facts.get(id);
    if (!fact) return false;
    const theirs = stemsOf(`${fact.evidence} ${fact.statement} ${fact.attribution}`);
    return [...stemsOf(text)].some((s) => theirs.has(s));
  };
  return {
    unproven,
    about,
    unfaithful(text, id) {
      const fact = facts.get(id);
      if (!fact) return [];
      const out = unproven(text, [id]);
      out.push(...droppedHedges(text, [{ id, hedges: fact.hedges }]));
      if (NEGATION.test(text) !== NEGATION.test(fact.evidence)) {
        out.push(
          NEGATION.test(text)
            ? `says “not” where the evidence of fact "${id}" does not`
            : `leaves out the “not” of the evidence of fact "${id}"`,
        );
      }
      if (!about(text, id)) out.push(`shares no word with fact "${id}"`);
      return out;
    },
    namesSpeaker(text, id) {
      const fact = facts.get(id);
      if (!fact) return false;
      const head = fact.attribution.split(/[,(]/)[0]!;
      const words = wordsOf(head).filter((w) => !ARTICLES.has(w.toLowerCase()));
      const ours = new Set(wordsOf(text).map(stem));
      // A named person or outlet ("Lena Ortiz") is named by the last name alone.
      const last = words.at(-1);
      if (last && /^\p{Lu}/u.test(last)) return ours.has(stem(last));
      return words.length > 0 && words.every((w) => ours.has(stem(w)));
    },
    speaker(id) {
      const fact = facts.get(id);
      if (!fact) return `“${id}”`;
      const credit = fact.hedges.hedges.find((h) => h.family === "attributed");
      return `“${fact.attribution}”${credit ? ` (the source: “${credit.source}”)` : ""}`;
    },
    quote(id) {
      const evidence = facts.get(id)?.evidence ?? "";
      return `“${evidence.length > 90 ? `${evidence.slice(0, 88).trimEnd()}…` : evidence}”`;
    },
    dateOf: (id) => facts.get(id)?.date,
  };
}
