"use client";

import { useEffect, useState } from "react";

type Props = { url: string; title: string; code: string; qrSvg: string };

/** The class link: copy it, send it with the phone's share sheet, post it to Classroom. */
export function SharePanel({ url, title, code, qrSvg }: Props) {
  const [copied, setCopied] = useState(false);
  const [canShare, setCanShare] = useState(false);
  useEffect(() => {
    // Only known after hydration: the server cannot tell whether this browser can share.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-time capability check
    setCanShare(typeof navigator.share === "function");
  }, []);
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  };
  const classroom = `https://classroom.google.com/share?url=${encodeURIComponent(url)}&title=${encodeURIComponent(title)}`;
  return (
    // minmax(0, …): a column no wider than the screen, whatever the font and text size.
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start">
      <div className="min-w-0">
        <p className="text-sm text-muted">Class code</p>
        <p
          className="font-mono text-3xl font-bold tracking-[0.2em] break-all"
          data-testid="class-code"
        >
          {code}
        </p>
        <p className="mt-2 text-sm text-muted">Link</p>
        <p className="break-all font-medium" data-testid="class-link">
          {url}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className="button-primary js-only" onClick={copy}>
            {copied ? "Copied" : "Copy link"}
          </button>
          {canShare && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => navigator.share({ title, url }).catch(() => undefined)}
            >
              Share…
            </button>
          )}
          <a
            href={classroom}
            target="_blank"
            rel="noopener noreferrer"
            className="button-secondary"
          >
            Share to Google Classroom
          </a>
        </div>
        <p aria-live="polite" className="sr-only">
          {copied ? "Link copied" : ""}
        </p>
      </div>
      <div
        role="img"
        aria-label={`QR code for ${url}`}
        className="w-40 max-w-full rounded-md bg-white p-2 [&>svg]:h-auto [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
    </div>
  );
}
