import Link from "next/link";
import { RichText } from "@/components/account/rich-text";
import { YourData } from "@/components/me/your-data";
import { attemptRetentionDays } from "@/lib/env/env.server";
import { accountWords } from "@/lib/i18n/account-words";
import type { Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";
import { formatScore } from "@/lib/quiz/format-score";
import { briefingIn } from "@/lib/services/account-pages.server";
import { progress } from "@/lib/services/services.server";

export type MeQuery = { delete?: string; deleted?: string };

type Props = {
  lang: Lang;
  searchParams: Promise<MeQuery>;
  /** "Delete my data" (the route's server action). */
  action: (form: FormData) => Promise<void>;
};

const link = "text-accent-ink underline underline-offset-2";

/** "3.1" (attempts.classes) from the redirect after deleting; anything else is ignored. */
function deletedCounts(value: string | undefined) {
  const match = value?.match(/^(\d{1,6})\.(\d{1,6})$/);
  return match ? { attempts: Number(match[1]), classes: Number(match[2]) } : undefined;
}

/**
 * The reader's own progress and data, in a language (/me, /es/me). The quizzes, their results
 * and retries are English until their Spanish pages land: those links and the questions' titles
 * say so (lang="en"), as the briefing's quiz button does.
 */
export async function MePage({ lang, searchParams, action }: Props) {
  const t = accountWords(lang).me;
  const [{ session, progress: mine }, query] = await Promise.all([
    progress().myProgress(lang),
    searchParams,
  ]);
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <h1 className="text-3xl font-bold tracking-tight">{t.heading}</h1>
      {session ? (
        <p className="mt-2 leading-relaxed text-muted" data-testid="account">
          <RichText
            text={t.signedIn(session.user.name)}
            mark={(name) => <strong className="text-ink">{name}</strong>}
          />{" "}
          <Link href={routes.signIn({}, lang)} className={link}>
            {t.account}
          </Link>
        </p>
      ) : (
        <p className="mt-2 leading-relaxed text-muted" data-testid="account">
          <RichText
            text={t.anonymous}
            mark={(words) => (
              <Link href={routes.signIn({ from: routes.me(lang) }, lang)} className={link}>
                {words}
              </Link>
            )}
          />
        </p>
      )}
      {mine.length === 0 && (
        <p className="mt-8 rounded-lg border border-rule bg-card p-4">
          <RichText
            text={t.none}
            mark={(words) => (
              <Link href="/" className={link}>
                {words}
              </Link>
            )}
          />
        </p>
      )}
      <ul className="mt-8 space-y-6">
        {mine.map((p) => {
          const resultUrl = routes.result(p.slug, p.last.attemptId, p.quizLang);
          // A quiz not in the page's language yet: its titles and pages are English.
          const quizLang = p.quizLang === lang ? undefined : p.quizLang;
          const briefing = briefingIn(p.slug, p.title, lang);
          return (
            <li
              key={p.slug}
              className="rounded-lg border border-rule bg-card p-4"
              data-testid="progress"
            >
              <h2 className="text-xl font-bold tracking-tight">
                <Link
                  href={briefing.href}
                  className="hover:underline"
                  {...(briefing.lang !== lang && { lang: briefing.lang, hrefLang: briefing.lang })}
                >
                  {briefing.title}
                </Link>
              </h2>
              {/* Three across while they fit; at large text sizes they wrap instead of spilling. */}
              <dl className="mt-3 grid grid-cols-[repeat(auto-fit,minmax(6.5rem,1fr))] gap-2 text-center">
                <Stat label={t.attempts} value={String(p.attempts)} />
                <Stat label={t.best} value={`${p.best.percent}%`} />
                <Stat label={t.last} value={`${formatScore(p.last.score)}/${p.last.maxScore}`} />
              </dl>
              {p.missed.length > 0 ? (
                <>
                  <h3 className="mt-4 font-semibold">{t.missed}</h3>
                  <ul className="mt-1 list-disc pl-5">
                    {p.missed.map(({ id, title }) => (
                      <li key={id}>
                        <Link
                          href={`${resultUrl}#q-${id}`}
                          lang={quizLang}
                          hrefLang={quizLang}
                          className="inline-flex min-h-11 items-center text-accent-ink underline underline-offset-2"
                        >
                          {title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="mt-4">{t.allRight}</p>
              )}
              <div className="mt-4 flex flex-wrap gap-3">
                {p.missedLast.length > 0 && (
                  <Link
                    href={routes.retry(p.slug, p.last.attemptId, p.quizLang)}
                    hrefLang={quizLang}
                    className="button-primary"
                  >
                    {t.retry}
                  </Link>
                )}
                <Link href={resultUrl} hrefLang={quizLang} className="button-secondary">
                  {t.lastResult}
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
      <YourData
        lang={lang}
        action={action}
        askConfirm={query.delete === "confirm"}
        deleted={deletedCounts(query.deleted)}
        retentionDays={attemptRetentionDays()}
      />
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded bg-paper p-2">
      <dt className="text-xs tracking-wide text-muted uppercase">{label}</dt>
      <dd className="text-xl font-bold">{value}</dd>
    </div>
  );
}
