import type { Briefing } from "./parse-briefing";

/** Who a briefing's facts are credited to, counted: what its header tells a reader. */
export type Credits = { total: number; named: number; unnamed: number; report: number };

/**
 * Sorts each fact by its attribution's head, the words before a comma or bracket ("A US
 * official, as reported" → "A US official"): the report itself, or the outlet whose reporting
 * it is; a named person (the head ends in a name, "Lena Ortiz"); or a source the report
 * does not name (officials, sources, a draft budget). Computed, so it is true of any story.
 */
export function creditsOf(b: Pick<Briefing, "facts" | "source">): Credits {
  const outlet = b.source.originalReporting.toLowerCase();
  const credits: Credits = { total: b.facts.length, named: 0, unnamed: 0, report: 0 };
  for (const { attribution } of b.facts) {
    const head = attribution.split(/[,(]/)[0]!.replace(/[“”"]/g, "").trim();
    const last = head.split(/\s+/).at(-1) ?? "";
    if (/^report/i.test(last) || head.toLowerCase().endsWith(outlet)) credits.report++;
    else if (/^\p{Lu}/u.test(last)) credits.named++;
    else credits.unnamed++;
  }
  return credits;
}
