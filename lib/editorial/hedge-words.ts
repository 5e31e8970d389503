// The words of hedges: what makes a source's claim a hedged one (triggers), and what keeps the
// hedge in our words (keeps). docs/editorial.md lists them, tested against this file.

/**
 * The hedges an editor keeps (docs/editorial.md lists every word):
 * - `attributed`: who says so. Read from the sentence that carries the claim ("…, US and
 *   Russian officials have said"), from a quotation's closing words when the claim is the
 *   first sentence of a quote, from a direct quote, or from "according to" in its clause;
 * - `reported`: the outlet keeping its distance ("reportedly"), in its clause;
 * - `likely`, `belief`, `aim`: in the clause of the span they stand in.
 */
export type HedgeFamily = "attributed" | "reported" | "likely" | "belief" | "aim";

const list = (words: string) => words.trim().split(/\s+/);
export const pattern = (words: string[]) => new RegExp(`\\b(?:${words.join("|")})\\b`, "i");

/** Verbs that credit a whole sentence to its speaker: "X said …", "…, X told the paper". */
export const FRAMES = list(
  `said says say told tells stated states confirmed confirms noted notes added adds quoted reported
  announced announces wrote writes shows show showed`,
);
/** Words that credit only their own clause. */
export const CLAUSE_CREDITS = list("according reportedly allegedly");
/** Words of ours that say a claim is someone's: a saying verb beside who says it. */
export const SAYING_WORDS = list(
  `${FRAMES.join(" ")} according reportedly allegedly per calls call called credits credited
  account quote quotes`,
);
/** "Claims come from officials": a source named as where a claim comes from. */
export const COMES_FROM = /\b(?:comes?|came) from\b/i;

/**
 * Sentences that claim nothing of the source's, so no hedge is owed: an unknown, named
 * ("What the plan's points say."), or what the report leaves out ("The report gives no year for August").
 */
export const CLAIMS_NOTHING =
  /^(?:what|who|whom|whose|when|where|whether|which|why|how|if)\b|^the report (?:does not|doesn't|gives no|names no|mentions no|says nothing|has no|lists no|quotes no)\b/i;

type Family = { label: string; triggers: string[]; keeps: string[] };

export const FAMILIES: Record<Exclude<HedgeFamily, "attributed">, Family> & {
  attributed: { label: string };
} = {
  attributed: { label: "who says so" },
  reported: {
    label: "that it is only reportedly so",
    triggers: list("reportedly allegedly purportedly supposedly"),
    keeps: list("reportedly allegedly purportedly supposedly reported"),
  },
  likely: {
    label: "that it is only likely or expected",
    triggers: list("likely expected expects expect probably possibly might could"),
    // Not "may": the month would pass for it.
    keeps: list("likely expected expects expect probably possibly might could due planned"),
  },
  belief: {
    label: "that it is a belief",
    triggers: list("believes believe believed thinks think feel feels hope hopes"),
    keeps: list(
      "believes believe believed belief thinks think thought feel feels felt hope hopes hoped sees see view confident",
    ),
  },
  aim: {
    label: "that it is an aim, not a fact",
    triggers: list("aim aims idea goal goals intends intend purpose"),
    keeps: list(
      "aim aims aimed idea goal goals intends intend purpose hope hopes want wants seek seeks meant",
    ),
  },
};

export const HEDGE_FAMILIES = Object.keys(FAMILIES) as HedgeFamily[];

export function hedgeLabel(family: HedgeFamily): string {
  return FAMILIES[family].label;
}
