"use client";

import { unstable_isUnrecognizedActionError } from "next/navigation";

/**
 * What a reader sees instead of a blank screen when a page or a form fails. The common case
 * worth its own words: a form on a page opened before a deployment (its action is gone).
 * The server's details never reach the browser in production; only a digest to quote.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const stale = unstable_isUnrecognizedActionError(error);
  return (
    <div className="mx-auto max-w-md px-4 pt-8">
      <h1 className="text-3xl font-bold tracking-tight">
        {stale ? "This page was updated" : "Something went wrong"}
      </h1>
      <p className="mt-3 leading-relaxed">
        {stale
          ? "The site changed since you opened this page, so what you sent did not arrive. Reload the page and send it again."
          : "That did not work on our side. Try again; if it keeps happening, come back in a few minutes."}
      </p>
      {error.digest && <p className="mt-2 text-sm text-muted">Reference: {error.digest}</p>}
      <div className="mt-6 flex gap-3">
        <button
          type="button"
          className="button-primary"
          onClick={() => (stale ? window.location.reload() : reset())}
        >
          {stale ? "Reload the page" : "Try again"}
        </button>
      </div>
    </div>
  );
}
