import { ANON_COOKIE_NAME, SESSION_HINT_COOKIE } from "@/lib/auth/cookie-names";
import { CLASS_COOKIE_PREFIX } from "@/lib/classes/cookie-names";
import { LEVEL_COOKIE } from "@/lib/content/reading-level-choice";
import { RATE_KEY } from "@/lib/listen/rate";
import { READING_SETTINGS_KEY } from "@/lib/content/reading-settings";

/** One thing the site keeps in the browser, as /privacy lists it. */
export type BrowserItem = {
  name: string;
  what: string;
  lifetime: string;
  kind: "cookie" | "device";
};

/**
 * Everything the site stores in a browser, in plain words. An e2e visit that touches every
 * feature (e2e/privacy.spec.ts) checks that each cookie and device key it leaves is listed.
 */
export const BROWSER_ITEMS: BrowserItem[] = [
  {
    name: ANON_COOKIE_NAME,
    kind: "cookie",
    what: "A random id for this browser, so your quiz attempts are yours without an account. Signed, so nobody can make one up.",
    lifetime: "1 year",
  },
  {
    name: `${CLASS_COOKIE_PREFIX}<code>`,
    kind: "cookie",
    what: "Who you are in a class you joined (a random student id), so the same phone is the same student.",
    lifetime: "1 year",
  },
  {
    name: "authjs.session-token",
    kind: "cookie",
    what: "Only if you sign in: your sign-in, holding an id from your school's or provider's account and the name it gives. Encrypted. On the live site its name starts with __Secure-.",
    lifetime: "30 days after your last visit",
  },
  {
    name: "authjs.csrf-token, authjs.callback-url, authjs.pkce…, authjs.state, authjs.nonce",
    kind: "cookie",
    what: "Only while you sign in: protect the sign-in from forgery and return you to the page you came from.",
    lifetime: "until you close the browser, or 15 minutes",
  },
  {
    name: SESSION_HINT_COOKIE,
    kind: "cookie",
    what: "Says only “someone signed in here”, so pages ask for your name only then. No id or name in it.",
    lifetime: "1 year, removed when you sign out",
  },
  {
    name: LEVEL_COOKIE,
    kind: "cookie",
    what: "Whether you chose the standard or the easier text.",
    lifetime: "1 year",
  },
  {
    name: READING_SETTINGS_KEY,
    kind: "device",
    what: "Your text size and line spacing. Stays on this device; never sent to us.",
    lifetime: "until you clear it",
  },
  {
    name: RATE_KEY,
    kind: "device",
    what: "The reading-aloud speed you chose. Stays on this device; never sent to us.",
    lifetime: "until you clear it",
  },
  {
    name: "quiz-draft:…",
    kind: "device",
    what: "Answers you have not sent yet, so a reload or lost signal loses nothing. Stays on this device.",
    lifetime: "until the answers are saved",
  },
];
