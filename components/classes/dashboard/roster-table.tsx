import { formatScore } from "@/lib/quiz/format-score";
import type { Dashboard } from "./types";

type Props = Pick<Dashboard, "roster" | "submitted">;

const time = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

const COLUMNS = ["Nickname", "Status", "Latest score", "Best", "Attempts"];

/** Who joined, who submitted, and each student's latest and best score. */
export function RosterTable({ roster, submitted }: Props) {
  return (
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
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="py-2 pr-4 font-semibold">
                    {column}
                  </th>
                ))}
                <th scope="col" className="py-2 font-semibold">
                  Time (UTC)
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-rule">
              {roster.map(({ student: s, result: r }) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
