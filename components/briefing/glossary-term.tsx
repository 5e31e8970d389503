import type { GlossaryEntry } from "@/lib/content/schemas";

/**
 * A glossary term in running text. Tapping it opens its definition in a native popover
 * (`popovertarget`), which needs no JavaScript; the card says plainly that this is our
 * background, not the report.
 */
export function GlossaryTerm({ entry, text }: { entry: GlossaryEntry; text: string }) {
  const id = `term-${entry.id}`;
  return (
    <>
      <button type="button" popoverTarget={id} className="term">
        {text}
      </button>
      <span
        popover="auto"
        id={id}
        role="note"
        aria-label={`${entry.term}: background`}
        className="term-card"
      >
        <span className="term-label">Background · not from the report</span>
        <span className="block">
          <dfn>{entry.term}</dfn>: {entry.definition}
        </span>
        <button type="button" popoverTarget={id} popoverTargetAction="hide" className="term-close">
          Close
        </button>
      </span>
    </>
  );
}
