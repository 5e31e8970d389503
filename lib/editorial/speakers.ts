import { normalizeForMatch } from "../content/normalize";
import { withoutPossessive, wordsOf } from "./words";

/** Who a fact is credited to, as its `attribution` names them: "A US official" → official. */
export type Speaker = {
  label: string;
  /** The words that name them in our text ("official", "Ortiz"); "report" for the report. */
  words: string[];
  /** The report itself (or the outlet keeping its distance): "reportedly" names it too. */
  isReport: boolean;
};

const ARTICLES = new Set(["a", "an", "the", "unnamed", "itself"]);

/**
 * "A council official, to the Ledger" → official; "Lena Ortiz" → Ortiz. The report, or
 * the outlet whose reporting it is (`outlet`: source.json's originalReporting), speaks for
 * itself: "the report says" names it.
 */
export function speakerOf(attribution: string, outlet = ""): Speaker {
  const head = normalizeForMatch(attribution).split(/[,(]/)[0]!.replace(/"/g, "").trim();
  const words = wordsOf(head)
    .map(withoutPossessive)
    .filter((w) => !ARTICLES.has(w.toLowerCase()));
  const last = words.at(-1) ?? "report";
  const isOutlet = outlet !== "" && wordsOf(outlet).at(-1)?.toLowerCase() === last.toLowerCase();
  const isReport = /^report/i.test(last) || isOutlet;
  return { label: head, words: /^report/i.test(last) ? ["report"] : [last], isReport };
}

export const PRONOUNS = /\b(?:he|she|they|his|her|their|him|them)\b/i;

/** Whether a sentence of ours names the speaker: "official" for "a US official". */
export function namesSpeaker(sentence: string, speaker: Speaker): boolean {
  if (speaker.isReport && /\breport(?:s|ed|edly)?\b/i.test(sentence)) return true;
  const stems = speaker.words.map((w) => w.toLowerCase().slice(0, Math.max(4, w.length - 2)));
  return wordsOf(sentence).some((w) => stems.some((stem) => w.toLowerCase().startsWith(stem)));
}
