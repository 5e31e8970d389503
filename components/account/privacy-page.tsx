import Link from "next/link";
import { RichText } from "@/components/account/rich-text";
import { attemptRetentionDays, classRetentionDays } from "@/lib/env/env.server";
import { accountWords } from "@/lib/i18n/account-words";
import type { Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";
import { BROWSER_ITEMS } from "@/lib/privacy/storage-list";

const link = "text-accent-ink underline underline-offset-2";

/**
 * What we keep, in words a student and a parent can read, in a language (/privacy,
 * /es/privacy). Prerendered: the retention periods are the deployment's settings at build
 * time (ATTEMPT_RETENTION_DAYS, CLASS_RETENTION_DAYS).
 */
export function PrivacyPage({ lang }: { lang: Lang }) {
  const t = accountWords(lang).privacy;
  return (
    <article className="mx-auto max-w-2xl px-4 pt-6 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">{t.heading}</h1>
      <p className="mt-3 text-lg">{t.summary}</p>

      <h2 className="mt-8 text-2xl font-bold tracking-tight">{t.storeHeading}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        {t.store.map((item) => (
          <li key={item[1]}>
            <RichText text={item} />
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-2xl font-bold tracking-tight">{t.whereHeading}</h2>
      <p className="mt-3">{t.where}</p>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>
          <RichText text={t.attemptsKept(attemptRetentionDays())} />
        </li>
        <li>
          <RichText text={t.classesKept(classRetentionDays())} />
        </li>
        <li>
          <RichText
            text={t.deleteAnyTime}
            mark={(words) => (
              <Link href={`${routes.me(lang)}#your-data`} className={link}>
                {words}
              </Link>
            )}
          />
        </li>
      </ul>

      <h2 className="mt-8 text-2xl font-bold tracking-tight">{t.whoHeading}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        {t.who.map((item) => (
          <li key={item[1]}>
            <RichText text={item} />
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-2xl font-bold tracking-tight">{t.cookiesHeading}</h2>
      <p className="mt-3">{t.cookiesNote}</p>
      {/* A list, not a table: three columns left a few words per line at large text sizes. */}
      <ul className="mt-3 divide-y divide-rule border-y border-rule" data-testid="browser-items">
        {BROWSER_ITEMS.map((item) => (
          <li key={item.name} className="py-3">
            <p>
              {/* A name as the browser shows it: not a word of any language. */}
              <code className="font-mono text-sm break-all" data-testid="item-name" translate="no">
                {item.name}
              </code>{" "}
              <span className="text-sm text-muted">· {t.kinds[item.kind]}</span>
            </p>
            <p className="mt-1">{t.items[item.words].what}</p>
            <p className="mt-1 text-sm text-muted">
              {t.kept} {t.items[item.words].lifetime}
            </p>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-2xl font-bold tracking-tight">{t.questionsHeading}</h2>
      <p className="mt-3">{t.questions}</p>
    </article>
  );
}
