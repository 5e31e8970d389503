import Link from "next/link";
import type { Dashboard } from "./types";
import { routes } from "@/lib/links/routes";

type Props = Pick<Dashboard, "klass" | "briefing" | "open">;

/**
 * Back link, class title, and one line: briefing, open or closed, when answers show, and the
 * starting reading level when it is the easier text.
 */
export function DashboardHeader({ klass, briefing, open }: Props) {
  return (
    <>
      <p className="text-sm">
        <Link href={routes.teach()} className="text-accent-ink underline underline-offset-2">
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
        {klass.joinsClosedAt !== undefined && " · not taking new students"}
        {klass.level === "easy" && " · students start with the easier text"}
        {klass.lang === "es" && " · students start in Spanish"}
      </p>
    </>
  );
}
