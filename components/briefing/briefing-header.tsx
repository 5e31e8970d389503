import { creditLine, creditsOf } from "@/lib/content/credits";
import { formatDate } from "@/lib/content/format-date";
import type { Segment } from "@/lib/content/glossary";
import type { Briefing } from "@/lib/content/parse-briefing";
import type { Fact } from "@/lib/content/schemas";
import { ListenButton } from "@/components/listen/listen-button";
import { FactMarker } from "./fact-marker";
import { MarkedText } from "./marked-text";

type Props = {
  briefing: Briefing;
  minutes: number;
  /** The dek with its glossary terms picked out. */
  dek: Segment[];
  /** What the title and dek rest on: a headline says who claims it, like any line. */
  leadFacts: Fact[];
  numbers: Map<string, number>;
};

export function BriefingHeader({ briefing, minutes, dek, leadFacts, numbers }: Props) {
  const asOf = formatDate(briefing.source.date);
  return (
    <header className="pt-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-ink">
        Briefing · as of <time dateTime={briefing.source.date}>{asOf}</time>
      </p>
      <h1
        data-read
        className="mt-2 text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl"
      >
        {briefing.title}
      </h1>
      <p data-read className="mt-3 text-lg leading-relaxed text-muted">
        <MarkedText segments={dek} />
      </p>
      <FactMarker facts={leadFacts} numbers={numbers} />
      {/* A row as tall as the button either way, so showing it after load moves nothing. */}
      <div className="mt-2 flex min-h-11 items-center justify-between gap-3">
        <p className="text-sm text-muted">
          {minutes} min read · {briefing.facts.length} facts · Original reporting:{" "}
          {briefing.source.originalReporting}
        </p>
        <ListenButton target="main" label="Listen to the whole briefing" />
      </div>
      <p
        role="note"
        className="mt-4 rounded-lg border border-rule bg-card p-3 text-sm leading-relaxed"
      >
        <strong>This is a report, not a settled record.</strong> It reflects what was said as of{" "}
        {asOf}, {creditLine(creditsOf(briefing))}. Under every line, tap{" "}
        <span className="font-medium">Source</span> to see who says so and the exact words.
      </p>
    </header>
  );
}
