import type { Metadata } from "next";
import { loadEdition } from "@/lib/content/load-edition.server";
import { accountWords } from "@/lib/i18n/account-words";
import { LANGS, type Lang } from "@/lib/i18n/lang";
import { routes } from "@/lib/links/routes";

// The account pages' metadata in each language: the route files (app/(en)/(account) and
// app/(es)/es/(account)) stay one line each, and the two languages name each other.

export type AccountPage = "privacy" | "me" | "signIn";

const URLS: Record<AccountPage, (lang: Lang) => string> = {
  privacy: (lang) => routes.privacy(lang),
  me: (lang) => routes.me(lang),
  signIn: (lang) => routes.signIn({}, lang),
};

/** Title in the page's language, canonical URL, the other languages' pages (hreflang). */
export function accountMetadata(page: AccountPage, lang: Lang): Metadata {
  const t = accountWords(lang)[page];
  const languages = Object.fromEntries(LANGS.map((other) => [other, URLS[page](other)]));
  return {
    title: t.title,
    ...("description" in t && { description: t.description }),
    alternates: { canonical: URLS[page](lang), languages },
    // Private to each reader, or just a form: nothing for a search engine.
    ...(page !== "privacy" && { robots: { index: false } }),
  };
}

/**
 * A briefing as /me lists it in a language: its page and title in that language where it has
 * an edition in it, else the English ones (`lang` says which, for the link's hreflang).
 */
export function briefingIn(slug: string, englishTitle: string, lang: Lang) {
  const edition = lang === "en" ? undefined : loadEdition(slug, lang);
  return edition
    ? { href: routes.briefing(slug, lang), title: edition.title, lang }
    : { href: routes.briefing(slug), title: englishTitle, lang: "en" as Lang };
}
