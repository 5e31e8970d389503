import { factAnchor } from "@/lib/content/display";
import type { Fact } from "@/lib/content/schemas";
import type { Dictionary } from "@/lib/i18n/en";
import { OriginalWords } from "./original-words";
import { FACTS_SECTION_ID } from "./section-nav";

/**
 * Every fact the briefing relies on, each at a stable `#fact-<id>` anchor that quiz feedback
 * links to. Only the short evidence span is quoted, never the whole report.
 */
export function EvidenceList({
  facts,
  t,
  originals,
}: {
  facts: Fact[];
  t: Dictionary["briefing"];
  originals?: Record<string, string>;
}) {
  return (
    <section id={FACTS_SECTION_ID} aria-labelledby="facts-heading" className="mt-12">
      <h2 id="facts-heading" className="text-xl font-bold tracking-tight sm:text-2xl">
        {t.factsHeading}
      </h2>
      <p className="mt-2 text-muted">{t.factsNote}</p>
      <ol className="mt-4 space-y-3">
        {facts.map((fact, i) => (
          <li
            key={fact.id}
            id={factAnchor(fact.id)}
            className="fact rounded-lg border border-rule bg-card p-4"
          >
            <p className="leading-relaxed">
              <span className="mr-1 font-semibold text-accent-ink">{i + 1}.</span>
              {fact.statement}
            </p>
            <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-muted">
              {fact.attribution}
            </p>
            <blockquote className="mt-1 border-l-2 border-accent pl-3 font-serif italic">
              {fact.evidence}
            </blockquote>
            <OriginalWords original={originals?.[fact.id]} t={t} />
          </li>
        ))}
      </ol>
    </section>
  );
}
