import type { Segment } from "@/lib/content/glossary";
import type { Dictionary } from "@/lib/i18n/en";
import { GlossaryTerm } from "./glossary-term";

/** Our text with its glossary terms tappable (see lib/content/glossary.ts for which ones). */
export function MarkedText({ segments, t }: { segments: Segment[]; t: Dictionary["briefing"] }) {
  return segments.map((segment, i) =>
    typeof segment === "string" ? (
      segment
    ) : (
      <GlossaryTerm key={i} entry={segment.entry} text={segment.text} t={t} />
    ),
  );
}
