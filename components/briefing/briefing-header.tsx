import { creditsOf } from "@/lib/content/credits";
import { formatDate } from "@/lib/content/format-date";
import type { Segment } from "@/lib/content/glossary";
import type { Briefing } from "@/lib/content/parse-briefing";
import type { Fact } from "@/lib/content/schemas";
import type { Dictionary } from "@/lib/i18n/en";
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
  t: Dictionary["briefing"];
  locale: string;
  /** In a translation: the English of each fact's evidence. */
  originals?: Record<string, string>;
};

export function BriefingHeader(props: Props) {
  const { briefing, minutes, dek, leadFacts, numbers, t, locale, originals } = props;
  const asOf = formatDate(briefing.source.date, locale);
  return (
    <header className="pt-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-ink">
        {t.asOf} <time dateTime={briefing.source.date}>{asOf}</time>
      </p>
      <h1
        data-read
        className="mt-2 text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl"
      >
        {briefing.title}
      </h1>
      <p data-read className="mt-3 text-lg leading-relaxed text-muted">
        <MarkedText segments={dek} t={t} />
      </p>
      <FactMarker facts={leadFacts} numbers={numbers} t={t} originals={originals} />
      {/* A row as tall as the button either way, so showing it after load moves nothing. */}
      <div className="mt-2 flex min-h-11 items-center justify-between gap-3">
        <p className="text-sm text-muted">
          {t.meta(minutes, briefing.facts.length)} · {t.originalReporting}:{" "}
          {briefing.source.originalReporting}
        </p>
        <ListenButton target="main" label={t.listenAll} text={t.listen} />
      </div>
      <p
        role="note"
        className="mt-4 rounded-lg border border-rule bg-card p-3 text-sm leading-relaxed"
      >
        <strong>{t.notSettled}</strong> {t.reflects(asOf, t.credits(creditsOf(briefing)))}{" "}
        {t.tapSource[0]} <span className="font-medium">{t.tapSource[1]}</span> {t.tapSource[2]}
      </p>
    </header>
  );
}
