/**
 * What the quiz form says in the browser: an answer missing or malformed, by kind of control,
 * and a send that did not arrive. English; a Spanish page shows lib/i18n/messages-es.ts's.
 */
export const MESSAGES = {
  choose: "Choose an answer.",
  chooseSome: "Choose at least one answer.",
  order: "Give each event a different position.",
  match: "Choose a match for every line.",
  notSent:
    "Not sent yet: check your connection. Your answers are saved on this device and we'll keep trying; you can also press Submit again.",
  stale:
    "This page was updated while you were answering. Reload it to send your answers: they are kept on this device.",
} as const;
