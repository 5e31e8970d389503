import Link from "next/link";
import { routes } from "@/lib/links/routes";
import { ErrorMessage } from "@/components/forms/error-message";
import { TICK_TO_CONFIRM } from "@/lib/forms/action-state";

type Props = {
  action: (form: FormData) => Promise<void>;
  /** The page was sent back because the box was not ticked. */
  askConfirm: boolean;
  /** What the last deletion removed, when the page follows one. */
  deleted?: { attempts: number; classes: number };
  retentionDays: number;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Download everything we hold about you, or delete it: plain link and form, no JS needed. */
export function YourData({ action, askConfirm, deleted, retentionDays }: Props) {
  return (
    <section
      id="your-data"
      aria-labelledby="your-data-heading"
      className="mt-12 rounded-lg border border-rule p-4"
    >
      <h2 id="your-data-heading" className="text-xl font-bold tracking-tight">
        Your data
      </h2>
      {deleted && (
        <p role="status" className="mt-2 rounded-md bg-card p-3" data-testid="deleted">
          Deleted: {plural(deleted.attempts, "quiz attempt", "quiz attempts")} and your place in{" "}
          {plural(deleted.classes, "class", "classes")}.
        </p>
      )}
      <p className="mt-2 leading-relaxed text-muted">
        We keep your quiz answers and scores for {retentionDays} days after you last take a quiz or
        join a class; your nickname and results in a class stay until the class is deleted.{" "}
        <Link href={routes.privacy()} className="text-accent-ink underline underline-offset-2">
          What we keep and who sees it
        </Link>
      </p>
      <p className="mt-3">
        <a href={routes.myData()} download className="button-secondary">
          Download my data (JSON)
        </a>
      </p>
      <form action={action} className="mt-6 space-y-2">
        <h3 className="font-semibold">Delete my data</h3>
        <p className="text-sm text-muted">
          Deletes your attempts, and your nickname and results from every class you joined (your
          teacher will no longer see them). If you are signed in, you are signed out. Classes you
          teach are not deleted here: delete them from your class list. This cannot be undone.
        </p>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="checkbox" name="confirm" value="yes" required />
          <span>Yes, delete everything</span>
        </label>
        <ErrorMessage message={askConfirm ? TICK_TO_CONFIRM : undefined} />
        <button type="submit" className="button-secondary">
          Delete my data
        </button>
      </form>
    </section>
  );
}
