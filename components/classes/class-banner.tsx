import Link from "next/link";
import type { ClassRecord } from "@/lib/classes/types";
import { routes } from "@/lib/links/routes";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";

type Props = { klass: ClassRecord; nickname: string; lang: Lang };

/** The slim strip that says "you are in a class" on the class's briefing and quiz pages. */
export function ClassBanner({ klass, nickname, lang }: Props) {
  const t = dictionary(lang).klass;
  return (
    <div className="border-b border-rule bg-card" data-testid="class-banner">
      <p className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-2 px-4 py-2 text-sm">
        <span className="font-semibold">
          {t.banner}{" "}
          <Link href={routes.classJoin(klass.code, lang)} className="underline underline-offset-2">
            {klass.title}
          </Link>
        </span>
        <span className="text-muted">{t.youAre(nickname)}</span>
      </p>
    </div>
  );
}
