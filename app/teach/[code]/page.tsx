import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { auth } from "@/auth";
import { AutoRefresh } from "@/components/classes/auto-refresh";
import { BarChart } from "@/components/classes/bar-chart";
import { SharePanel } from "@/components/classes/share-panel";
import { formatScore } from "@/components/quiz/result-view";
import { WhyNot } from "@/components/quiz/why-not";
import { loadDashboard } from "@/lib/classes/dashboard";
import { requestOrigin } from "@/lib/classes/origin";
import { factAnchor } from "@/lib/content/display";
import { classAction } from "../actions";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ confirm?: string }>;
};

export const metadata: Metadata = { title: "Class results", robots: { index: false } };

const time = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** The teacher's live view of one class. Owner only: everyone else gets a 404. */
export default async function ClassDashboard({ params, searchParams }: Props) {
  const [{ code }, { confirm }, session] = await Promise.all([params, searchParams, auth()]);
  const data = await loadDashboard(code, session?.user.id);
  if (!data) notFound();
  const { klass, briefing, open, submitted, roster, insights, distribution } = data;
  const factsById = new Map(briefing.facts.map((f) => [f.id, f]));
  const url = `${await requestOrigin()}/c/${klass.code}`;
  const qrSvg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const action = (op: string, label: string, style = "button-secondary") => (
    <form action={classAction}>
      <input type="hidden" name="code" value={klass.code} />
      <input type="hidden" name="op" value={op} />
      <button type="submit" className={style}>
        {label}
      </button>
    </form>
  );

  return (
    <div className="mx-auto max-w-5xl px-4 pt-6">
      <AutoRefresh />
      <p className="text-sm">
        <Link href="/teach" className="text-accent-ink underline underline-offset-2">
          Your classes
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance">{klass.title}</h1>
      <p className="mt-1 text-muted">
        {briefing.title} ·{" "}
        <strong className="text-ink" data-testid="class-status">
          {open ? "Open" : "Closed"}
        </strong>{" "}
        ·{" "}
        {klass.feedback === "immediate"
          ? "answers shown after submitting"
          : klass.revealedAt
            ? "answers revealed"
            : "score only until you reveal answers"}
      </p>

      <section aria-labelledby="share" className="mt-6 rounded-lg border border-rule bg-card p-4">
        <h2 id="share" className="sr-only">
          Share
        </h2>
        <SharePanel url={url} title={klass.title} code={klass.code} qrSvg={qrSvg} />
        <div className="mt-4 flex flex-wrap gap-2">
          {open ? action("close", "Close the class") : action("reopen", "Reopen")}
          {klass.feedback === "after-close" &&
            (klass.revealedAt
              ? action("hide", "Hide answers again")
              : action("reveal", "Reveal answers"))}
          <Link href={`/teach/${klass.code}/print`} className="button-secondary">
            Print view
          </Link>
          <a href={`/teach/${klass.code}/results.csv`} className="button-secondary" download>
            Download CSV
          </a>
        </div>
      </section>

      <section aria-labelledby="roster" className="mt-8">
        <h2 id="roster" className="text-2xl font-bold tracking-tight">
          Students{" "}
          <span className="text-base font-normal text-muted">
            {submitted} of {roster.length} submitted · updates every few seconds
          </span>
        </h2>
        {roster.length === 0 ? (
          <p className="mt-2 text-muted">Nobody has joined yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[32rem] text-left" data-testid="roster">
              <thead className="text-sm text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Nickname
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Status
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Latest score
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Best
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Attempts
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    Time (UTC)
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-rule">
                {roster.map(({ student: s, result: r }) => {
                  return (
                    <tr key={s.studentId}>
                      <th scope="row" className="py-2 pr-4 font-semibold">
                        {s.nickname}
                      </th>
                      <td className="py-2 pr-4">{r ? "Submitted" : "Joined"}</td>
                      <td className="py-2 pr-4">
                        {r ? `${formatScore(r.latest.score)}/${r.latest.maxScore}` : "–"}
                      </td>
                      <td className="py-2 pr-4">
                        {r ? `${formatScore(r.best.score)}/${r.best.maxScore}` : "–"}
                      </td>
                      <td className="py-2 pr-4">{r?.attempts ?? 0}</td>
                      <td className="py-2">{time.format(r ? r.latest.createdAt : s.joinedAt)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {submitted > 0 && (
        <>
          <section aria-labelledby="accuracy" className="mt-10">
            <h2 id="accuracy" className="text-2xl font-bold tracking-tight">
              Question by question
            </h2>
            <p className="text-sm text-muted">
              Share of students fully right, from their latest attempt. Below: most missed first.
            </p>
            <div className="mt-3">
              <BarChart
                title="Percent of students right, per question"
                rows={insights.map((q) => ({ label: `Q${q.number}`, value: q.percent }))}
                max={100}
                unit="%"
              />
            </div>
            <ol className="mt-4 space-y-3" data-testid="insights">
              {/* Most missed first: what to reteach is at the top. */}
              {[...insights]
                .sort((a, b) => a.percent - b.percent || a.number - b.number)
                .map((q) => (
                  <li
                    key={q.questionId}
                    className="rounded-lg border border-rule p-3"
                    data-question={q.questionId}
                  >
                    <p className="font-semibold">
                      Q{q.number}. {q.prompt}
                    </p>
                    <p className="mt-1 text-sm">
                      <strong data-testid="percent">{q.percent}%</strong> right ({q.right} of{" "}
                      {q.answered})
                      {q.commonWrong && (
                        <>
                          {" "}
                          · most chosen wrong answer: <em>{q.commonWrong.text}</em> (
                          {q.commonWrong.count})
                        </>
                      )}
                    </p>
                    {q.commonWrong && (
                      <WhyNot
                        answer={q.commonWrong.text}
                        reason={q.commonWrong.reason}
                        slug={klass.slug}
                        facts={factsById}
                      />
                    )}
                    {q.percent < 100 && (
                      <a
                        href={`/${klass.slug}#${factAnchor(q.factId)}`}
                        className="show-me-where text-sm"
                      >
                        Show me where, to reteach
                      </a>
                    )}
                  </li>
                ))}
            </ol>
          </section>

          <section aria-labelledby="distribution" className="mt-10">
            <h2 id="distribution" className="text-2xl font-bold tracking-tight">
              Scores
            </h2>
            <div className="mt-3">
              <BarChart
                title="Number of students per score band"
                rows={distribution.map((d) => ({
                  label: d.label.replace("–", "-"),
                  value: d.count,
                }))}
                max={Math.max(1, ...distribution.map((d) => d.count))}
              />
            </div>
          </section>
        </>
      )}

      <section aria-labelledby="danger" className="mt-12 rounded-lg border border-rule p-4">
        <h2 id="danger" className="text-lg font-bold">
          Delete this class
        </h2>
        <p className="mt-1 text-sm text-muted">
          Removes the class, its link and every student&apos;s results for good.
        </p>
        <form action={classAction} className="mt-3 flex flex-wrap items-center gap-3">
          <input type="hidden" name="code" value={klass.code} />
          <input type="hidden" name="op" value="delete" />
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="confirm" value="yes" required />
            <span>Yes, delete it and all results</span>
          </label>
          <button type="submit" className="button-secondary">
            Delete class
          </button>
        </form>
        {confirm === "delete" && (
          <p role="alert" className="quiz-error mt-2">
            Tick the box to confirm.
          </p>
        )}
      </section>
    </div>
  );
}
