// The languages a reader may read in. English is the source's and the default: its URLs have
// no prefix; a Spanish page lives under /es.

export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang);
}

/**
 * The reader's chosen language, set by /language and read by next.config.ts's rewrites, so
 * /<slug> serves the Spanish page to a reader who chose it without running any code.
 */
export const LANG_COOKIE = "bq_lang";
