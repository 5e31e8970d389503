/**
 * What the quiz form says when an answer is missing or malformed, by kind of control.
 * English; a Spanish page shows lib/i18n/messages-es.ts's.
 */
export const MESSAGES = {
  choose: "Choose an answer.",
  chooseSome: "Choose at least one answer.",
  order: "Give each event a different position.",
  match: "Choose a match for every line.",
} as const;
