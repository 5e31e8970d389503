import type { Metadata } from "next";
import Link from "next/link";
import { YourData } from "@/components/me/your-data";
import { formatScore } from "@/lib/quiz/format-score";
import { attemptRetentionDays } from "@/lib/env/env.server";
import { progress } from "@/lib/services/services.server";
import { routes } from "@/lib/links/routes";
import { deleteMyDataAction } from "./actions";

type Props = { searchParams: Promise<{ delete?: string; deleted?: string }> };

/** "3.1" (attempts.classes) from the redirect after deleting; anything else is ignored. */
function deletedCounts(value: string | undefined) {
  const match = value?.match(/^(\d{1,6})\.(\d{1,6})$/);
  return match ? { attempts: Number(match[1]), classes: Number(match[2]) } : undefined;
}

export const metadata: Metadata = { title: "My progress", robots: { index: false } };

export default async function MePage({ searchParams }: Props) {
  const [{ session, progress: mine }, query] = await Promise.all([
    progress().myProgress(),
    searchParams,
  ]);
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <h1 className="text-3xl font-bold tracking-tight">My progress</h1>
      {session ? (
        <p className="mt-2 leading-relaxed text-muted" data-testid="account">
          Signed in as <strong className="text-ink">{session.user.name ?? "you"}</strong>: your
          attempts are kept with your account, on every device where you sign in.{" "}
          <Link href={routes.signIn()} className="text-accent-ink underline underline-offset-2">
            Account
          </Link>
        </p>
      ) : (
        <p className="mt-2 leading-relaxed text-muted" data-testid="account">
          Your attempts are kept on our server, linked to this browser by a cookie; no account and
          no personal details.{" "}
          <Link
            href={routes.signIn({ from: routes.me() })}
            className="text-accent-ink underline underline-offset-2"
          >
            Sign in
          </Link>{" "}
          to keep them on your phone and laptop alike.
        </p>
      )}
      {mine.length === 0 && (
        <p className="mt-8 rounded-lg border border-rule bg-card p-4">
          No quiz attempts yet.{" "}
          <Link href="/" className="text-accent-ink underline underline-offset-2">
            Pick a briefing
          </Link>
          , read it, then take its quiz.
        </p>
      )}
      <ul className="mt-8 space-y-6">
        {mine.map((p) => {
          const resultUrl = routes.result(p.slug, p.last.attemptId);
          return (
            <li
              key={p.slug}
              className="rounded-lg border border-rule bg-card p-4"
              data-testid="progress"
            >
              <h2 className="text-xl font-bold tracking-tight">
                <Link href={routes.briefing(p.slug)} className="hover:underline">
                  {p.title}
                </Link>
              </h2>
              {/* Three across while they fit; at large text sizes they wrap instead of spilling. */}
              <dl className="mt-3 grid grid-cols-[repeat(auto-fit,minmax(6.5rem,1fr))] gap-2 text-center">
                <Stat label="Attempts" value={String(p.attempts)} />
                <Stat label="Best" value={`${p.best.percent}%`} />
                <Stat label="Last" value={`${formatScore(p.last.score)}/${p.last.maxScore}`} />
              </dl>
              {p.missed.length > 0 ? (
                <>
                  <h3 className="mt-4 font-semibold">Missed last time</h3>
                  <ul className="mt-1 list-disc pl-5">
                    {p.missed.map(({ id, title }) => (
                      <li key={id}>
                        <Link
                          href={`${resultUrl}#q-${id}`}
                          className="inline-flex min-h-11 items-center text-accent-ink underline underline-offset-2"
                        >
                          {title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="mt-4">Everything right last time.</p>
              )}
              <div className="mt-4 flex flex-wrap gap-3">
                {p.missedLast.length > 0 && (
                  <Link href={routes.retry(p.slug, p.last.attemptId)} className="button-primary">
                    Retry what I missed
                  </Link>
                )}
                <Link href={resultUrl} className="button-secondary">
                  Last result
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
      <YourData
        action={deleteMyDataAction}
        askConfirm={query.delete === "confirm"}
        deleted={deletedCounts(query.deleted)}
        retentionDays={attemptRetentionDays()}
      />
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded bg-paper p-2">
      <dt className="text-xs tracking-wide text-muted uppercase">{label}</dt>
      <dd className="text-xl font-bold">{value}</dd>
    </div>
  );
}
