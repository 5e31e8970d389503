import "server-only";
import { choiceCookie } from "@/lib/i18n/choice-cookie.server";
import { isLevel, LEVEL_COOKIE } from "./reading-level-choice";

const level = choiceCookie(LEVEL_COOKIE, isLevel);

/** The reading level this browser chose, if any (dynamic pages: a class's briefing). */
export const chosenLevel = level.chosen;

/**
 * A class's starting level becomes the student's until they choose otherwise, so "Show me
 * where" and the briefing itself open at it.
 */
export const startAtLevel = level.startWith;
