import { formatDate } from "@/lib/content/format-date";
import type { Briefing } from "@/lib/content/parse-briefing";

/** Says plainly what the briefing is built from and how far to trust it. */
export function SourceBlock({ source }: { source: Briefing["source"] }) {
  return (
    <section
      id="source"
      aria-labelledby="source-heading"
      className="mt-12 rounded-lg bg-card p-4 ring-1 ring-rule"
    >
      <h2 id="source-heading" className="text-lg font-bold">
        Source
      </h2>
      {/* Label above value on a phone, side by side from 640 px: two columns left the values
          a few pixels wide at the largest text size on a 320 px phone. */}
      <dl className="mt-2 grid gap-x-4 text-sm wrap-break-word sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-y-1 [&>dd]:mb-2 sm:[&>dd]:mb-0">
        <dt className="text-muted">Built from</dt>
        <dd>{source.kind}</dd>
        <dt className="text-muted">Dated</dt>
        <dd>
          <time dateTime={source.date}>{formatDate(source.date)}</time>
        </dd>
        <dt className="text-muted">Original reporting</dt>
        <dd>{source.originalReporting}</dd>
        <dt className="text-muted">Subject</dt>
        <dd>{source.title}</dd>
      </dl>
      <p className="mt-3 text-sm leading-relaxed">{source.note}</p>
      <p className="mt-2 text-sm leading-relaxed text-muted">
        This briefing is written in our own words and covers nothing after the source&apos;s date.
        It quotes only the short passages shown as evidence above, not the full report.
      </p>
    </section>
  );
}
