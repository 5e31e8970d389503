// The error page's words in English; error-words-es.ts has the Spanish (one file each, so a
// page's bundle carries only its own language).

export const ERROR_WORDS_EN = {
  staleTitle: "This page was updated",
  title: "Something went wrong",
  stale:
    "The site changed since you opened this page, so what you sent did not arrive. Reload the page and send it again.",
  failed:
    "That did not work on our side. Try again; if it keeps happening, come back in a few minutes.",
  reference: "Reference",
  reload: "Reload the page",
  retry: "Try again",
};

export type ErrorWords = typeof ERROR_WORDS_EN;
