import type { Metadata } from "next";

export const metadata: Metadata = { title: "Open in a new tab", robots: { index: false } };

/**
 * A launch inside the learning platform's frame, where the browser may keep none of our
 * cookies: the person goes on in a tab of its own, as themselves (the link carries a
 * one-time ticket for two minutes).
 */
export default async function LtiOpen({
  searchParams,
}: {
  searchParams: Promise<{ ticket?: string }>;
}) {
  const { ticket } = await searchParams;
  const href = `/lti/continue?ticket=${encodeURIComponent(ticket ?? "")}`;
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6">
      <h1 className="text-2xl font-bold tracking-tight">Briefing &amp; Quiz</h1>
      <p className="mt-3 leading-relaxed">
        Your browser keeps this page inside the learning platform from remembering you, so the
        briefing and quiz open in a tab of their own. You stay signed in as yourself there.
      </p>
      <p className="mt-4">
        <a href={href} target="_blank" rel="noopener" className="button-primary">
          Open in a new tab
        </a>
      </p>
    </div>
  );
}
