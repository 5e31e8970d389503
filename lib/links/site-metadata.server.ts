import type { Metadata, Viewport } from "next";
import { OPEN_GRAPH_BASE, SITE_DESCRIPTION, SITE_NAME, TWITTER_BASE } from "./site";
import { siteUrl } from "./site-url.server";

// The metadata and viewport every root layout (app/(en), app/(es)) exports.

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

/** A page about one reader or one class: titled, and kept out of search engines. */
export const privatePage = (title: string): Metadata => ({ title, robots: { index: false } });
