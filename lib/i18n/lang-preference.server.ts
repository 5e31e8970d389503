import "server-only";
import { choiceCookie } from "./choice-cookie.server";
import { isLang, LANG_COOKIE } from "./lang";

const lang = choiceCookie(LANG_COOKIE, isLang);

/** The language this browser chose, if any (dynamic pages: a class's pages). */
export const chosenLang = lang.chosen;

/**
 * The language a student joined a class in becomes theirs until they choose otherwise, as
 * the class's level does: "Show me where" and the briefing then open in it.
 */
export const startInLang = lang.startWith;
