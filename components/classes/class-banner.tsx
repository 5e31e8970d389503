import Link from "next/link";
import type { ClassRecord } from "@/lib/classes/types";
import { routes } from "@/lib/links/routes";

/** The slim strip that says "you are in a class" on the class's briefing and quiz pages. */
export function ClassBanner({ klass, nickname }: { klass: ClassRecord; nickname: string }) {
  return (
    <div className="border-b border-rule bg-card" data-testid="class-banner">
      <p className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-2 px-4 py-2 text-sm">
        <span className="font-semibold">
          Class:{" "}
          <Link href={routes.classJoin(klass.code)} className="underline underline-offset-2">
            {klass.title}
          </Link>
        </span>
        <span className="text-muted">· you are {nickname}</span>
      </p>
    </div>
  );
}
