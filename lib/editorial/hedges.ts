import { normalizeForMatch } from "../content/normalize";
import {
  CLAIMS_NOTHING,
  COMES_FROM,
  FAMILIES,
  hedgeLabel,
  pattern,
  SAYING_WORDS,
  type HedgeFamily,
} from "./hedge-words";
import type { FactHedges } from "./source-hedges";
import { namesSpeaker, PRONOUNS, type Speaker } from "./speakers";
import { sentencesOf, sharesStem, stemsOf, wordsOf } from "./words";

// Whether our words keep the hedges of the facts they cite (docs/editorial.md, "Hedges").

/** What satisfies a hedge, for the message: the words an editor may use. */
function acceptedWords(family: HedgeFamily, speaker: Speaker): string {
  if (family !== "attributed") return FAMILIES[family].keeps.join(", ");
  const who = !speaker.isReport
    ? `“${speaker.words.join(" ")}”`
    : speaker.words[0] === "report"
      ? "the report (or “reportedly”)"
      : `“${speaker.words.join(" ")}” or the report`;
  return `name ${who} with a saying word (${SAYING_WORDS.slice(0, 8).join(", ")}…), or “he/she/they said” after a sentence that names them`;
}

/**
 * Whether a sentence keeps a hedge. Who says so needs a saying word and the speaker (or a
 * pronoun for them after an earlier sentence that named them); the others need one of their
 * family's words. `lead` is a list's lead-in ("Sources told the paper …:"), read with every item.
 */
function keeps(
  family: HedgeFamily,
  sentence: string,
  speaker: Speaker,
  earlier: string[] = [],
): boolean {
  if (family !== "attributed") return pattern(FAMILIES[family].keeps).test(sentence);
  if (!pattern(SAYING_WORDS).test(sentence) && !COMES_FROM.test(sentence)) return false;
  if (namesSpeaker(sentence, speaker)) return true;
  // "He said …", or a who's who line's "Said …" with its subject left out, after a sentence
  // that names the speaker.
  const continues =
    PRONOUNS.test(sentence) || pattern(SAYING_WORDS).test(wordsOf(sentence)[0] ?? "");
  return continues && earlier.some((s) => namesSpeaker(s, speaker));
}

/**
 * What a text citing these facts drops. Each sentence that talks about what a hedge governs
 * (shares a stem with it; if no sentence talks about the fact, the whole text) must keep it.
 * A sentence talks about a fact when it shares a stem only that fact has among those cited:
 * "28 points" ties a sentence to no one fact when two cited facts say it. Any hedge is also
 * kept by the `lead` a list item reads under. A sentence that only says who someone is, in
 * the words of the who's who (`who`: stems of its names and roles), claims nothing to hedge:
 * "Ruiz is the town's finance director."
 */
export function droppedHedges(
  text: string,
  facts: { id: string; hedges: FactHedges }[],
  lead = "",
  who: ReadonlySet<string> = new Set(),
): string[] {
  const sentences = sentencesOf(text);
  const problems: string[] = [];
  for (const { id, hedges } of facts) {
    const others = facts.filter((f) => f.id !== id).flatMap((f) => [...f.hedges.stems]);
    const own = new Set([...hedges.stems].filter((s) => !others.includes(s)));
    const ties = own.size > 0 ? own : hedges.stems;
    const about = sentences.filter((s) => sharesStem(stemsOf(s), ties));
    for (const hedge of hedges.hedges) {
      if (keeps(hedge.family, lead, hedges.speaker, [])) continue;
      const using = about.filter((s) => sharesStem(stemsOf(s), hedge.stems));
      const checked = using.length > 0 ? using : about.length > 0 ? [] : [sentences.join(" ")];
      for (const sentence of checked) {
        if (CLAIMS_NOTHING.test(sentence)) continue;
        if ([...stemsOf(sentence)].every((s) => who.has(s))) continue;
        const earlier = [lead, ...sentences.slice(0, sentences.indexOf(sentence))];
        if (keeps(hedge.family, sentence, hedges.speaker, earlier)) continue;
        problems.push(
          `drops ${hedgeLabel(hedge.family)} of fact "${id}" (the source: “${hedge.source}”) in "${sentence}": keep it with ${acceptedWords(hedge.family, hedges.speaker)}`,
        );
      }
    }
    // The source's own word, in its quote marks, once in the text is enough: the sentences
    // after it read as about the same thing.
    for (const word of hedges.scare) {
      const stem = word.toLowerCase().slice(0, Math.max(4, word.length - 2));
      if (!normalizeForMatch(text).toLowerCase().includes(stem)) {
        problems.push(
          `drops the source's own word “${word}” (in quote marks there) of fact "${id}": use it, in quote marks`,
        );
      }
    }
  }
  return problems;
}
