import { accountEn, type AccountWords } from "./account-en";
import { accountEs } from "./account-es";
import type { Lang } from "./lang";

const WORDS: Record<Lang, AccountWords> = { en: accountEn, es: accountEs };

/** The account pages' words in a language, for server components to pass down as props. */
export function accountWords(lang: Lang): AccountWords {
  return WORDS[lang];
}

/**
 * What /signin says for Auth.js's `?error=<code>`: its own words for a code we know, the
 * general words for any other, nothing without one. Only the words' own keys count, so a code
 * like `constructor` or `__proto__` gets the general words too.
 */
export function signInErrorText(lang: Lang, code: unknown): string | undefined {
  if (typeof code !== "string") return undefined;
  const { errors } = accountWords(lang).signIn;
  return Object.hasOwn(errors, code) ? errors[code as keyof typeof errors] : errors.other;
}
