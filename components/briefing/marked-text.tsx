import type { Segment } from "@/lib/content/glossary";
import { GlossaryTerm } from "./glossary-term";

/** Our text with its glossary terms tappable (see lib/content/glossary.ts for which ones). */
export function MarkedText({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) =>
    typeof segment === "string" ? (
      segment
    ) : (
      <GlossaryTerm key={i} entry={segment.entry} text={segment.text} />
    ),
  );
}
