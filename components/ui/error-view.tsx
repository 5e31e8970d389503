"use client";

import { unstable_isUnrecognizedActionError } from "next/navigation";
import type { ErrorWords } from "./error-words";

/**
 * What a reader sees instead of a blank screen when a page or a form fails. The common case
 * worth its own words: a form on a page opened before a deployment (its action is gone).
 * The server's details never reach the browser in production; only a digest to quote.
 */
export function ErrorView({
  error,
  reset,
  t,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  t: ErrorWords;
}) {
  const stale = unstable_isUnrecognizedActionError(error);
  return (
    <div className="mx-auto max-w-md px-4 pt-8">
      <h1 className="text-3xl font-bold tracking-tight">{stale ? t.staleTitle : t.title}</h1>
      <p className="mt-3 leading-relaxed">{stale ? t.stale : t.failed}</p>
      {error.digest && (
        <p className="mt-2 text-sm text-muted">
          {t.reference}: {error.digest}
        </p>
      )}
      <div className="mt-6 flex gap-3">
        <button
          type="button"
          className="button-primary"
          onClick={() => (stale ? window.location.reload() : reset())}
        >
          {stale ? t.reload : t.retry}
        </button>
      </div>
    </div>
  );
}
