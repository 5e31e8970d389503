import Link from "next/link";
import { AccountLink } from "@/components/auth/account-link";
import { ReadingSettings } from "@/components/ui/reading-settings";
import { READING_SETTINGS_SCRIPT } from "@/lib/content/reading-settings";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { SITE_NAME } from "@/lib/links/site";
import { routes } from "@/lib/links/routes";

/**
 * The page around every route: <html lang> in the page's language (each language is its own
 * root layout, app/(en) and app/(es)), the header, the footer, the skip link.
 */
export function SiteShell({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  const { shell: t } = dictionary(lang);
  return (
    // The inline script sets the reading settings on <html> before first paint, so React
    // finds attributes it did not render there: expected, not a mismatch.
    <html lang={lang} suppressHydrationWarning>
      {/* The root layouts' own <head> (app/(en), app/(es)); the rule is for the pages router. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        {/* Inline, not a file: one request fewer, and it must run before the body paints. */}
        <script dangerouslySetInnerHTML={{ __html: READING_SETTINGS_SCRIPT }} />
      </head>
      <body className="min-h-dvh font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:p-3"
        >
          {t.skip}
        </a>
        <header className="border-b border-rule">
          {/* Wraps, never overflows: most phones need a second row, three at the largest text. */}
          <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 px-4">
            <Link
              href="/"
              prefetch={false}
              className="flex min-h-11 items-center gap-2 text-sm font-semibold tracking-tight"
            >
              <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-accent" />
              {SITE_NAME}
            </Link>
            <div className="flex flex-wrap items-center gap-x-4">
              <nav aria-label={t.accountNav} className="flex flex-wrap items-center gap-x-4">
                <Link
                  href={routes.me(lang)}
                  prefetch={false}
                  className="flex min-h-11 items-center text-sm text-muted hover:text-ink"
                >
                  {t.myProgress}
                </Link>
                <AccountLink lang={lang} signIn={t.signIn} account={t.account} />
              </nav>
              <ReadingSettings t={t} />
            </div>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="mt-16 border-t border-rule">
          <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-muted">
            <p>{t.about}</p>
            <p className="mt-2">
              {t.teachers}{" "}
              <Link
                href={routes.teach()}
                prefetch={false}
                className="text-accent-ink underline underline-offset-2"
              >
                {t.makeClassLink}
              </Link>{" "}
              {t.teachersAfter}
            </p>
            <p className="mt-2">
              <Link
                href={routes.privacy(lang)}
                prefetch={false}
                className="inline-flex min-h-11 items-center text-accent-ink underline underline-offset-2"
              >
                {t.privacy}
              </Link>
              {t.privacyAfter}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
