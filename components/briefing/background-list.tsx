import type { GlossaryEntry } from "@/lib/content/schemas";
import type { Dictionary } from "@/lib/i18n/en";

export const BACKGROUND_SECTION_ID = "background";

/**
 * Every glossary definition in one place: the same background the terms open, for readers
 * whose browser has no popovers, and for anyone who wants them all at once.
 */
export function BackgroundList({
  glossary,
  t,
}: {
  glossary: GlossaryEntry[];
  t: Dictionary["briefing"];
}) {
  if (glossary.length === 0) return null;
  return (
    <section id={BACKGROUND_SECTION_ID} aria-labelledby="background-heading" className="mt-12">
      <h2 id="background-heading" className="text-xl font-bold tracking-tight sm:text-2xl">
        {t.wordsToKnow}
      </h2>
      <p className="mt-2 text-muted">{t.wordsToKnowNote}</p>
      <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        {glossary.map((entry) => (
          <div key={entry.id} className="contents">
            <dt className="font-semibold">
              <dfn>{entry.term}</dfn>
            </dt>
            <dd className="mb-2 text-muted sm:mb-0">{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
