// A page with nothing of the app around it: the proxy's refusals, and a form that posts
// itself on to another site. One bare shell, readable on a phone, never cached.

export const PLAIN_PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
};

/** The page's HTML; `body` is markup, already escaped by the caller. */
export const plainPage = (title: string, body: string) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5">${body}</body></html>`;
