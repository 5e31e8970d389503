import type { GradeState } from "@/lib/lti/grade-passback";
import type { LmsGradeRow, LmsGradesView } from "@/lib/lti/lms-grades";
import { formatScore } from "@/lib/quiz/format-score";
import { utcTime } from "./utc-time";
import { ClassActionButton } from "./class-action-button";
import type { ClassAction } from "./types";

type Props = LmsGradesView & { code: string; action: ClassAction };

/** Why a score did not reach the LMS, in words a teacher can act on. */
function failureWords(failure: string | undefined): string {
  if (failure === "unregistered") return "this LMS is no longer connected to the site";
  if (failure === "network") return "the LMS could not be reached";
  const status = Number(failure);
  if (status === 401 || status === 403) return `the LMS refused it (${status})`;
  if (status >= 500 || status === 429) return `the LMS was busy or down (${status})`;
  return `the LMS did not take it (${failure ?? "unknown"})`;
}

const STATE_WORDS: Record<GradeState, (row: LmsGradeRow) => string> = {
  sent: (row) => `Yes, at ${utcTime.format(row.sent!.at)}`,
  failed: (row) => `No: ${failureWords(row.sent?.failure)}`,
  waiting: () => "Not yet",
  "no-score": () => "No attempt yet",
};

/**
 * For a class an LMS launched: which score its gradebook gets, whether each student's score
 * reached it, and "Send again" for those that did not. Plain forms: they work without JS.
 */
export function LmsGradesSection({ code, policy, rows, action }: Props) {
  const unsent = rows.filter((r) => r.state === "failed" || r.state === "waiting").length;
  const other = policy === "best" ? "latest" : "best";
  return (
    <section aria-labelledby="lms-grades-title" id="lms-grades" className="mt-8">
      <h2 id="lms-grades-title" className="text-2xl font-bold tracking-tight">
        Grades in your LMS
      </h2>
      <p className="mt-1 max-w-prose text-muted">
        After each attempt, the student&apos;s <strong className="text-ink">{policy}</strong> score
        goes to your LMS&apos;s gradebook by itself.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <ClassActionButton
          action={action}
          code={code}
          op={other}
          label={`Send each student's ${other} score instead`}
        />
        {unsent > 0 && (
          <ClassActionButton
            action={action}
            code={code}
            op="send-again"
            label={`Send again (${unsent})`}
            style="button-primary"
          />
        )}
      </div>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[18rem] text-left" data-testid="lms-grades">
          <thead className="text-sm text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Nickname
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Score sent
              </th>
              <th scope="col" className="py-2 font-semibold">
                In the LMS (UTC)
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {rows.map((row) => (
              <tr key={row.studentId} className="align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {row.nickname}
                </th>
                <td className="py-2 pr-4">
                  {row.sent && (row.state === "sent" || row.state === "failed")
                    ? `${formatScore(row.sent.scoreGiven)}/${row.sent.scoreMaximum}`
                    : "–"}
                </td>
                <td className="py-2" data-state={row.state}>
                  {STATE_WORDS[row.state](row)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
