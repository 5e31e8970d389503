import type { StudentRecord } from "@/lib/classes/types";
import type { ClassAction } from "./types";

type Props = { code: string; removed: StudentRecord[]; action: ClassAction };

/**
 * Students the teacher removed: they cannot come back on their own (not from the same browser,
 * nor signed in or with the same anonymous id after clearing the class's cookie), so the
 * teacher can let them back in. Plain forms: no JavaScript needed.
 */
export function RemovedStudents({ code, removed, action }: Props) {
  if (removed.length === 0) return null;
  return (
    <section aria-labelledby="removed-students" className="mt-8">
      <h2 id="removed-students" className="text-xl font-bold tracking-tight">
        Removed from this class
      </h2>
      <p className="mt-1 text-sm text-muted">
        They cannot rejoin unless you let them back in. Their earlier results are not restored.
      </p>
      <ul className="mt-3 divide-y divide-rule rounded-lg border border-rule bg-card">
        {removed.map((s) => (
          <li
            key={s.studentId}
            className="flex flex-wrap items-center justify-between gap-2 px-4 py-2"
          >
            <span className="min-w-0 break-words font-semibold">{s.nickname}</span>
            <form action={action}>
              <input type="hidden" name="code" value={code} />
              <input type="hidden" name="studentId" value={s.studentId} />
              <input type="hidden" name="op" value="restore" />
              <button type="submit" className="button-secondary">
                Let back in<span className="sr-only">: {s.nickname}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
