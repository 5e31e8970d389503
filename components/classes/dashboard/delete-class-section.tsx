import type { ClassAction } from "./types";
import { ErrorMessage } from "@/components/forms/error-message";
import { TICK_TO_CONFIRM } from "@/lib/forms/action-state";

type Props = {
  code: string;
  action: ClassAction;
  /** True when the teacher submitted without ticking the confirmation box. */
  askConfirm: boolean;
};

/** Delete the class and all its results, behind a required confirmation tick box. */
export function DeleteClassSection({ code, action, askConfirm }: Props) {
  return (
    <section aria-labelledby="danger" className="mt-12 rounded-lg border border-rule p-4">
      <h2 id="danger" className="text-lg font-bold">
        Delete this class
      </h2>
      <p className="mt-1 text-sm text-muted">
        Removes the class, its link and every student&apos;s results for good.
      </p>
      <form action={action} className="mt-3 flex flex-wrap items-center gap-3">
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="op" value="delete" />
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="checkbox" name="confirm" value="yes" required />
          <span>Yes, delete it and all results</span>
        </label>
        <button type="submit" className="button-secondary">
          Delete class
        </button>
      </form>
      <ErrorMessage message={askConfirm ? TICK_TO_CONFIRM : undefined} className="mt-2" />
    </section>
  );
}
