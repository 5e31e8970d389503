import Link from "next/link";
import { ErrorMessage } from "@/components/forms/error-message";
import { accountWords } from "@/lib/i18n/account-words";
import type { Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";

type Props = {
  lang: Lang;
  action: (form: FormData) => Promise<void>;
  /** The page was sent back because the box was not ticked. */
  askConfirm: boolean;
  /** What the last deletion removed, when the page follows one. */
  deleted?: { attempts: number; classes: number };
  retentionDays: number;
};

/**
 * Download everything we hold about you, or delete it: plain link and form, no JS needed. The
 * form says its language, so the action returns to this page in it (/me or /es/me).
 */
export function YourData({ lang, action, askConfirm, deleted, retentionDays }: Props) {
  const t = accountWords(lang).yourData;
  return (
    <section
      id="your-data"
      aria-labelledby="your-data-heading"
      className="mt-12 rounded-lg border border-rule p-4"
    >
      <h2 id="your-data-heading" className="text-xl font-bold tracking-tight">
        {t.heading}
      </h2>
      {deleted && (
        <p role="status" className="mt-2 rounded-md bg-card p-3" data-testid="deleted">
          {t.deleted(deleted)}
        </p>
      )}
      <p className="mt-2 leading-relaxed text-muted">
        {t.keptFor(retentionDays)}{" "}
        <Link href={routes.privacy(lang)} className="text-accent-ink underline underline-offset-2">
          {t.privacyLink}
        </Link>
      </p>
      <p className="mt-3">
        <a href={routes.myData()} download className="button-secondary">
          {t.download}
        </a>
      </p>
      <form action={action} className="mt-6 space-y-2">
        <input type="hidden" name="lang" value={lang} />
        <h3 className="font-semibold">{t.deleteHeading}</h3>
        <p className="text-sm text-muted">{t.deleteNote}</p>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="checkbox" name="confirm" value="yes" required />
          <span>{t.confirm}</span>
        </label>
        <ErrorMessage message={askConfirm ? t.tickToConfirm : undefined} />
        <button type="submit" className="button-secondary">
          {t.deleteButton}
        </button>
      </form>
    </section>
  );
}
