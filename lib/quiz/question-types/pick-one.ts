// The server half shared by types whose answer is one option (single choice, evidence):
// checking the key, scoring, describing, explaining a wrong pick.
import type { KeyProof } from "./module";
import { proveOptions } from "./option-proofs";
import type { Choice, Reason, ReasonOf, Response, WrongPick } from "./shared";
import { baseCitations, idSet, optionReasons, reasonPlacement, textOf } from "./shared";

type PickOne = { answer: string; facts: string[]; options: (Choice & { why?: Reason })[] };

export const pickOne = {
  keyProblems(q: PickOne): string[] {
    const out: string[] = [];
    const options = idSet(q.options, "option", out);
    if (!options.has(q.answer)) out.push(`answer "${q.answer}" is not one of its options`);
    out.push(...reasonPlacement(q.options, [q.answer]));
    return out;
  },
  proveKey: (q: PickOne, proof: KeyProof) =>
    proveOptions(q.options, [q.answer], q.facts[0]!, proof),
  testedFacts: (q: PickOne) => [q.facts[0]!],
  citations: (q: PickOne) => baseCitations(q, optionReasons(q.options)),
  reasons: (q: PickOne): ReasonOf[] => optionReasons(q.options),
  keyTexts: (q: PickOne) => [textOf(q.options, q.answer)],
  score: (q: PickOne, response: Response | undefined) => (response === q.answer ? 1 : 0),
  describe: (q: PickOne, response: Response | undefined) =>
    response === undefined ? [] : [textOf(q.options, response)],
  wrongPicks(q: PickOne, response: Response | undefined): WrongPick[] {
    const chosen = q.options.find((o) => o.id === response);
    if (!chosen?.why || response === q.answer) return [];
    return [{ yours: chosen.text, label: chosen.text, reason: chosen.why }];
  },
};
