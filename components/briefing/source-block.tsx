import { formatDate } from "@/lib/content/format-date";
import type { Briefing } from "@/lib/content/parse-briefing";
import type { Dictionary } from "@/lib/i18n/en";

/** Says plainly what the briefing is built from and how far to trust it. */
export function SourceBlock({
  source,
  t,
  locale,
}: {
  source: Briefing["source"];
  t: Dictionary["briefing"];
  locale: string;
}) {
  return (
    <section
      id="source"
      aria-labelledby="source-heading"
      className="mt-12 rounded-lg bg-card p-4 ring-1 ring-rule"
    >
      <h2 id="source-heading" className="text-lg font-bold">
        {t.sourceHeading}
      </h2>
      {/* Label above value on a phone, side by side from 640 px: two columns left the values
          a few pixels wide at the largest text size on a 320 px phone. */}
      <dl className="mt-2 grid gap-x-4 text-sm wrap-break-word sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-y-1 [&>dd]:mb-2 sm:[&>dd]:mb-0">
        <dt className="text-muted">{t.builtFrom}</dt>
        <dd>{source.kind}</dd>
        <dt className="text-muted">{t.dated}</dt>
        <dd>
          <time dateTime={source.date}>{formatDate(source.date, locale)}</time>
        </dd>
        <dt className="text-muted">{t.originalReporting}</dt>
        <dd>{source.originalReporting}</dd>
        <dt className="text-muted">{t.subject}</dt>
        <dd>{source.title}</dd>
      </dl>
      <p className="mt-3 text-sm leading-relaxed">{source.note}</p>
      <p className="mt-2 text-sm leading-relaxed text-muted">{t.sourceNote}</p>
    </section>
  );
}
