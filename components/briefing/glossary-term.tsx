import type { GlossaryEntry } from "@/lib/content/schemas";
import type { Dictionary } from "@/lib/i18n/en";

/**
 * A glossary term in running text. Tapping it opens its definition in a native popover
 * (`popovertarget`), which needs no JavaScript; the card says plainly that this is our
 * background, not the report.
 */
export function GlossaryTerm({
  entry,
  text,
  t,
}: {
  entry: GlossaryEntry;
  text: string;
  t: Dictionary["briefing"];
}) {
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
        aria-label={t.termAria(entry.term)}
        className="term-card"
      >
        <span className="term-label">{t.termLabel}</span>
        <span className="block">
          <dfn>{entry.term}</dfn>: {entry.definition}
        </span>
        <button type="button" popoverTarget={id} popoverTargetAction="hide" className="term-close">
          {t.close}
        </button>
      </span>
    </>
  );
}
