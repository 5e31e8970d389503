import { NICKNAME_MAX } from "@/lib/classes/class-forms";
import type { StudentRecord } from "@/lib/classes/types";
import type { ClassAction } from "./types";
import { ErrorMessage } from "@/components/forms/error-message";

type Props = {
  code: string;
  student: StudentRecord;
  action: ClassAction;
  /** Why the last rename or removal of this student did not happen, if it did not. */
  notice?: string;
};

/**
 * Rename or remove one student: a native <details> with two plain forms, so it works without
 * JavaScript and stays open across the dashboard's refreshes. Removing needs a tick.
 */
export function ManageStudent({ code, student, action, notice }: Props) {
  const id = `manage-${student.studentId}`;
  return (
    <details open={notice !== undefined} className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-accent-ink underline underline-offset-2">
        Manage <span className="sr-only">&nbsp;{student.nickname}</span>
      </summary>
      <div className="mt-2 w-64 space-y-4 rounded-md border border-rule bg-paper p-3">
        <ErrorMessage message={notice} className="text-sm" />
        <form action={action} className="space-y-2">
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="studentId" value={student.studentId} />
          <input type="hidden" name="op" value="rename" />
          <label htmlFor={`${id}-name`} className="block text-sm font-semibold">
            New nickname for {student.nickname}
          </label>
          <input
            id={`${id}-name`}
            name="nickname"
            required
            maxLength={NICKNAME_MAX}
            defaultValue={student.nickname}
            className="min-h-11 w-full rounded-md border border-rule bg-card px-3"
          />
          <button type="submit" className="button-secondary">
            Rename
          </button>
        </form>
        <form action={action} className="space-y-2 border-t border-rule pt-3">
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="studentId" value={student.studentId} />
          <input type="hidden" name="op" value="remove" />
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" className="checkbox" name="confirm" value="yes" required />
            <span>Remove {student.nickname} and their results</span>
          </label>
          <p className="text-sm text-muted">
            Their browser cannot rejoin; someone can still join under a new name unless you stop new
            joins.
          </p>
          <button type="submit" className="button-secondary">
            Remove from class
          </button>
        </form>
      </div>
    </details>
  );
}
