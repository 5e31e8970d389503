import { languageName } from "@/lib/i18n/language-name";
import { formatScore } from "@/lib/quiz/format-score";
import { utcTime } from "./utc-time";
import { ManageStudent } from "./manage-student";
import type { ClassAction, Dashboard } from "./types";

type Props = Pick<Dashboard, "roster" | "submitted"> & {
  code: string;
  /** Rename and remove (the owner's moderation action). */
  moderate: ClassAction;
  /** A notice for one student's row, from the last moderation that did not happen. */
  notice?: { studentId: string; message: string };
  refreshHref: string;
};

// Language: the latest attempt's (both editions count together; the teacher sees which).
const COLUMNS = ["Nickname", "Status", "Latest score", "Best", "Attempts", "Language"];

/** Who joined, who submitted, each student's latest and best score; rename or remove them. */
export function RosterTable({ roster, submitted, code, moderate, notice, refreshHref }: Props) {
  return (
    <section aria-labelledby="roster" className="mt-8">
      <h2 id="roster" className="text-2xl font-bold tracking-tight">
        Students{" "}
        <span className="text-base font-normal text-muted">
          {submitted} of {roster.length} submitted ·{" "}
          <span className="js-only">updates every few seconds</span>
          <noscript>
            <a href={refreshHref} className="text-accent-ink underline underline-offset-2">
              Refresh
            </a>
          </noscript>
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
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Time (UTC)
                </th>
                <th scope="col" className="py-2 font-semibold">
                  <span className="sr-only">Manage</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-rule">
              {roster.map(({ student: s, result: r }) => (
                <tr key={s.studentId} id={`student-${s.studentId}`} className="align-top">
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
                  <td className="py-2 pr-4" data-testid="attempt-language">
                    {r ? languageName(r.latest.lang) : "–"}
                  </td>
                  <td className="py-2 pr-4">
                    {utcTime.format(r ? r.latest.createdAt : s.joinedAt)}
                  </td>
                  <td className="py-1">
                    <ManageStudent
                      code={code}
                      student={s}
                      action={moderate}
                      notice={notice?.studentId === s.studentId ? notice.message : undefined}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
