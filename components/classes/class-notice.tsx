import Link from "next/link";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";

/** A class page that only has something to say: removed, not found, too many tries. */
export function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-md px-4 pt-8">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 leading-relaxed">{children}</p>
    </div>
  );
}

/** Unknown, deleted, closed, or not taking students: one friendly page, with a 404. */
export function ClassNotFound({ lang }: { lang: Lang }) {
  const t = dictionary(lang).klass;
  return (
    <Notice title={t.notFoundTitle}>
      {t.notFound}{" "}
      <Link href={routes.home()} className="text-accent-ink underline underline-offset-2">
        {t.readBriefings}
      </Link>
      .
    </Notice>
  );
}
