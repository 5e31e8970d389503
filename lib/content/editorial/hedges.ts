import { normalizeForMatch } from "../normalize";
import { sentencesOf, sharesStem, stemsOf } from "./words";

/**
 * Hedges an editor keeps. `attributed` (who says so) is read from the whole paragraph of the
 * source, because "…, the official said" often sits outside the quoted span; the others
 * qualify only the words they stand in, so they are read from the evidence span itself.
 */
export type HedgeFamily = "attributed" | "reported" | "likely" | "belief" | "aim";

const words = (list: string) => new RegExp(`\\b(?:${list.replaceAll(" ", "|")})\\b`, "i");

const SAYING =
  "said says say told tells stated states confirmed confirms noted notes added adds quoted reported reportedly according";

const FAMILIES: Record<HedgeFamily, { label: string; trigger: RegExp; keeps: RegExp }> = {
  attributed: {
    label: "who says so (said, told, reportedly, according to…)",
    trigger: words(SAYING),
    // "The report says", "credited to", "calls", "by his account": all show whose claim it is.
    keeps: words(
      `${SAYING} per telling account calls call called credits credited credit report reports`,
    ),
  },
  // "Reportedly" is the outlet keeping its distance: "the report says" does not keep it.
  reported: {
    label: "that it is only reportedly so (reportedly, allegedly…)",
    trigger: words("reportedly allegedly purportedly supposedly"),
    keeps: words("reportedly allegedly purportedly supposedly reported"),
  },
  likely: {
    label: "that it is only likely or expected",
    trigger: words("likely expected expects expect probably possibly might could"),
    // Not "may": the month would pass for it.
    keeps: words("likely expected expects expect probably possibly might could due planned"),
  },
  belief: {
    label: "that it is a belief (believes, thinks, feels…)",
    trigger: words("believes believe believed thinks think feel feels hope hopes"),
    keeps: words(
      "believes believe believed belief thinks think thought feel feels felt hope hopes hoped sees see view confident",
    ),
  },
  aim: {
    label: "that it is an aim, not a fact (aim, idea, goal…)",
    trigger: words("aim aims idea goal goals intends intend purpose"),
    keeps: words(
      "aim aims aimed idea goal goals intends intend purpose hope hopes want wants seek seeks meant",
    ),
  },
};

export const HEDGE_FAMILIES = Object.keys(FAMILIES) as HedgeFamily[];

export type FactHedges = {
  families: HedgeFamily[];
  /** Words the source itself puts in quote marks ("secretly", "inspired"): a reader must see them. */
  scare: string[];
  /** Stems that tie a sentence of ours to this fact. */
  stems: Set<string>;
};

/**
 * The hedges a fact's evidence carries, given the paragraph of the source it sits in.
 * `common` holds stems too frequent in the source to tie a sentence to this fact ("US").
 */
export function factHedges(
  evidence: string,
  context: string,
  common: ReadonlySet<string> = new Set(),
): FactHedges {
  const span = normalizeForMatch(evidence);
  const families = HEDGE_FAMILIES.filter((family) =>
    FAMILIES[family].trigger.test(family === "attributed" ? normalizeForMatch(context) : span),
  );
  // A direct quote is someone's words, whoever the paragraph names.
  if (!families.includes("attributed") && /"[^"]*\s[^"]*\s/.test(span)) {
    families.unshift("attributed");
  }
  const scare = [...span.matchAll(/"([^"\s]+(?: [^"\s]+)?)"/g)].flatMap((m) => m[1]!.split(" "));
  const stems = new Set([...stemsOf(evidence)].filter((stem) => !common.has(stem)));
  return { families, scare, stems };
}

export function hedgeLabel(family: HedgeFamily): string {
  return FAMILIES[family].label;
}

/**
 * What a text citing these facts drops. Each sentence that talks about a fact (shares a stem
 * with its evidence; if none does, the whole text) must keep the fact's hedges. `attributed`
 * is also kept by an attribution shown beside the text (a fact's "who says so" line), and any
 * hedge by the `lead` a list item reads under.
 */
export function droppedHedges(
  text: string,
  facts: { id: string; hedges: FactHedges }[],
  lead = "",
): string[] {
  const sentences = sentencesOf(text);
  const problems: string[] = [];
  for (const { id, hedges } of facts) {
    const using = sentences.filter((s) => sharesStem(stemsOf(s), hedges.stems));
    const checked = using.length > 0 ? using : [sentences.join(" ")];
    for (const sentence of checked) {
      for (const family of hedges.families) {
        // A list item reads under its section's lead-in ("Sources told Axios …:").
        if (FAMILIES[family].keeps.test(lead)) continue;
        if (!FAMILIES[family].keeps.test(sentence)) {
          problems.push(`drops ${hedgeLabel(family)} of fact "${id}": "${sentence}"`);
        }
      }
    }
    // The source's own word, in its quote marks, once in the text is enough: the sentences
    // after it read as about the same thing.
    for (const word of hedges.scare) {
      const stem = word.toLowerCase().slice(0, Math.max(4, word.length - 2));
      if (!normalizeForMatch(text).toLowerCase().includes(stem)) {
        problems.push(
          `drops the source's own word "${word}" (in quote marks there) of fact "${id}"`,
        );
      }
    }
  }
  return problems;
}
