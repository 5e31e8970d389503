import { ANON_COOKIE_NAME, SESSION_HINT_COOKIE } from "@/lib/auth/cookie-names";
import { CLASS_COOKIE_PREFIX } from "@/lib/classes/cookie-names";
import { LEVEL_COOKIE } from "@/lib/content/reading-level-choice";
import { RATE_KEY } from "@/lib/listen/rate";
import { READING_SETTINGS_KEY } from "@/lib/content/reading-settings";
import type { AccountWords } from "@/lib/i18n/account-en";
import { LANG_COOKIE } from "@/lib/i18n/lang";
import { LTI_LOGIN_COOKIE } from "@/lib/lti/cookie-names";

/**
 * One thing the site keeps in the browser, as /privacy lists it: its name as the browser
 * shows it (never translated), and which of the account words' privacy items (what it is
 * for, how long it stays; lib/i18n/account-en.ts) describe it in each language.
 */
export type BrowserItem = {
  name: string;
  words: keyof AccountWords["privacy"]["items"];
  kind: "cookie" | "device";
};

/**
 * Everything the site stores in a browser. An e2e visit that touches every feature
 * (e2e/privacy.spec.ts) checks that each cookie and device key it leaves is listed.
 */
export const BROWSER_ITEMS: BrowserItem[] = [
  {
    name: ANON_COOKIE_NAME,
    words: "anonymousId",
    kind: "cookie",
  },
  {
    name: `${CLASS_COOKIE_PREFIX}<code>`,
    words: "classMember",
    kind: "cookie",
  },
  {
    name: "authjs.session-token",
    words: "session",
    kind: "cookie",
  },
  {
    name: "authjs.csrf-token, authjs.callback-url, authjs.pkce…, authjs.state, authjs.nonce",
    words: "signingIn",
    kind: "cookie",
  },
  {
    name: LTI_LOGIN_COOKIE,
    words: "ltiLogin",
    kind: "cookie",
  },
  {
    name: SESSION_HINT_COOKIE,
    words: "sessionHint",
    kind: "cookie",
  },
  {
    name: LEVEL_COOKIE,
    words: "level",
    kind: "cookie",
  },
  {
    name: LANG_COOKIE,
    words: "language",
    kind: "cookie",
  },
  {
    name: READING_SETTINGS_KEY,
    words: "readingSettings",
    kind: "device",
  },
  {
    name: RATE_KEY,
    words: "listenRate",
    kind: "device",
  },
  {
    name: "quiz-draft:…",
    words: "quizDraft",
    kind: "device",
  },
];
