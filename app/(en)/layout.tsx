import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { AccountLink } from "@/components/auth/account-link";
import { ReadingSettings } from "@/components/ui/reading-settings";
import { OPEN_GRAPH_BASE, SITE_DESCRIPTION, SITE_NAME, TWITTER_BASE } from "@/lib/links/site";
import { siteUrl } from "@/lib/links/site-url.server";
import "./globals.css";
import { READING_SETTINGS_SCRIPT } from "@/lib/content/reading-settings";
import { routes } from "@/lib/links/routes";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  openGraph: { ...OPEN_GRAPH_BASE, type: "website" },
  twitter: TWITTER_BASE,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121316" },
  ],
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    // The inline script sets the reading settings on <html> before first paint, so React
    // finds attributes it did not render there: expected, not a mismatch.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Inline, not a file: one request fewer, and it must run before the body paints. */}
        <script dangerouslySetInnerHTML={{ __html: READING_SETTINGS_SCRIPT }} />
      </head>
      <body className="min-h-dvh font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:p-3"
        >
          Skip to content
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
              <nav aria-label="Account" className="flex flex-wrap items-center gap-x-4">
                <Link
                  href={routes.me()}
                  prefetch={false}
                  className="flex min-h-11 items-center text-sm text-muted hover:text-ink"
                >
                  My progress
                </Link>
                <AccountLink />
              </nav>
              <ReadingSettings />
            </div>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="mt-16 border-t border-rule">
          <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-muted">
            <p>
              Briefings are written in our own words from a single source. Every claim links to the
              passage that supports it.
            </p>
            <p className="mt-2">
              Teachers:{" "}
              <Link
                href={routes.teach()}
                prefetch={false}
                className="text-accent-ink underline underline-offset-2"
              >
                make a class link
              </Link>{" "}
              and watch results come in.
            </p>
            <p className="mt-2">
              <Link
                href={routes.privacy()}
                prefetch={false}
                className="inline-flex min-h-11 items-center text-accent-ink underline underline-offset-2"
              >
                Privacy
              </Link>
              : what we keep about you, for how long, and how to delete it.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
