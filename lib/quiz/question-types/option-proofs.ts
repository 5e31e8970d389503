// The key proof shared by the types whose answer is picking options (single, multi, evidence).
import type { KeyProof } from "./module";
import { reasonFacts, type Reason } from "./shared";

/**
 * Each right option names, counts and dates only what the tested fact's evidence does, and is
 * about that fact; each wrong option whose reason says the source says otherwise names only
 * people and places the facts of that reason hold ("not in the report" options may name
 * anything, and a wrong number or date is what makes a wrong option wrong).
 */
export function proveOptions(
  options: { id: string; text: string; why?: Reason }[],
  key: readonly string[],
  tested: string,
  proof: KeyProof,
): string[] {
  const out: string[] = [];
  for (const o of options) {
    if (key.includes(o.id)) {
      for (const m of proof.unproven(o.text, [tested])) out.push(`right option "${o.id}" ${m}`);
      if (!proof.about(o.text, tested)) {
        out.push(
          `right option "${o.id}" (“${o.text}”) shares no word with fact "${tested}", which the question tests: is the key right, or does the question test another fact?`,
        );
      }
    } else if (o.why) {
      const facts = reasonFacts(o.why);
      if (facts.length === 0) continue;
      for (const m of proof.unproven(o.text, facts, "names")) {
        out.push(`wrong option "${o.id}" ${m}`);
      }
    }
  }
  return out;
}
