import type { Metadata } from "next";
import { headers } from "next/headers";
import type { Lang } from "@/lib/i18n/lang";
import { failureWords } from "@/lib/lti/failure-words";
import { LTI_PAGE_WORDS } from "@/lib/lti/page-words";

type Search = { searchParams: Promise<{ why?: string; ticket?: string }> };

/** Where a failed LTI launch ends: what failed, in plain words, and what to do. */
export function ltiFailedRoute(lang: Lang) {
  const words = LTI_PAGE_WORDS[lang];
  const metadata: Metadata = { title: words.failedTitle, robots: { index: false } };
  async function Page({ searchParams }: Search) {
    const { why } = await searchParams;
    return <Failure lang={lang} why={why} />;
  }
  return { metadata, Page };
}

function Failure({ lang, why }: { lang: Lang; why: string | undefined }) {
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <h1 className="text-3xl font-bold tracking-tight">{LTI_PAGE_WORDS[lang].failedTitle}</h1>
      <p className="mt-3 leading-relaxed" data-testid="lti-failure">
        {failureWords(why, lang)}
      </p>
    </div>
  );
}

/**
 * A launch inside the learning platform's frame, where the browser may keep none of our
 * cookies: the person goes on in a tab of its own, as themselves (the link carries a
 * one-time ticket for two minutes).
 */
export function ltiOpenRoute(lang: Lang) {
  const words = LTI_PAGE_WORDS[lang];
  const metadata: Metadata = { title: words.openTitle, robots: { index: false } };
  async function Page({ searchParams }: Search) {
    const { ticket } = await searchParams;
    // Only inside the LMS's frame (Fetch Metadata; a browser that sends none is let be): the
    // same link opened anywhere else would sign that browser in as the ticket's person.
    const dest = (await headers()).get("sec-fetch-dest");
    if (dest !== null && dest !== "iframe") return <Failure lang={lang} why="open-outside" />;
    const href = `/lti/continue?ticket=${encodeURIComponent(ticket ?? "")}`;
    return (
      <div className="mx-auto max-w-2xl px-4 pt-6">
        <h1 className="text-2xl font-bold tracking-tight">Briefing &amp; Quiz</h1>
        <p className="mt-3 leading-relaxed">{words.openBody}</p>
        <p className="mt-4">
          <a href={href} target="_blank" rel="noopener" className="button-primary">
            {words.openLink}
          </a>
        </p>
      </div>
    );
  }
  return { metadata, Page };
}
