import Link from "next/link";
import { formatDate } from "@/lib/content/format-date";
import { loadAllBriefings } from "@/lib/content/load-briefings.server";
import { readingMinutes } from "@/lib/content/reading-time";
import { SITE_DESCRIPTION } from "@/lib/links/site";
import { routes } from "@/lib/links/routes";

export default function HomePage() {
  const briefings = loadAllBriefings();
  return (
    <div className="mx-auto max-w-3xl px-4 pt-8">
      <h1 className="text-3xl font-bold tracking-tight">Briefings</h1>
      <p className="mt-2 text-lg leading-relaxed text-muted">{SITE_DESCRIPTION}</p>
      <ul className="mt-8 space-y-4">
        {briefings.map((b) => (
          <li key={b.slug}>
            <Link
              href={routes.briefing(b.slug)}
              className="block rounded-lg border border-rule bg-card p-4 hover:border-accent focus-visible:outline-2 focus-visible:outline-accent"
            >
              <p className="text-sm font-semibold uppercase tracking-wide text-accent-ink">
                As of <time dateTime={b.source.date}>{formatDate(b.source.date)}</time> ·{" "}
                {readingMinutes(b)} min read
              </p>
              <h2 className="mt-1 text-xl font-bold tracking-tight">{b.title}</h2>
              <p className="mt-2 leading-relaxed text-muted">{b.dek}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
