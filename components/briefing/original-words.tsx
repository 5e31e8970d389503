import type { Dictionary } from "@/lib/i18n/en";

/**
 * Beside our translation of the source's words: that it is ours, and the English original one
 * tap away (a native disclosure: no JavaScript), marked as English for screen readers.
 */
export function OriginalWords({
  original,
  t,
}: {
  original: string | undefined;
  t: Dictionary["briefing"];
}) {
  if (original === undefined) return null;
  return (
    <details className="original-words mt-1 text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-muted">
        ({t.ourTranslation}) · {t.original}
      </summary>
      <blockquote lang="en" className="border-l-2 border-rule pl-3 font-serif italic">
        {original}
      </blockquote>
    </details>
  );
}
