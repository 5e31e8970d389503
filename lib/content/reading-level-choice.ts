import type { Briefing } from "./parse-briefing";
import type { BriefingDoc } from "./schemas";

/** The two reading levels a briefing may have: its standard text and an easier one. */
const LEVELS = ["standard", "easy"] as const;
export type Level = (typeof LEVELS)[number];

/**
 * The reader's chosen level lives in this cookie (set by /level, see app/(en)/(reader)/level/route.ts), so
 * next.config.ts can serve the easier page for /<slug> without running any code, and class
 * pages can follow it. A preference, not a secret: nothing else is in it.
 */
export const LEVEL_COOKIE = "bq_level";

export function isLevel(value: unknown): value is Level {
  return LEVELS.includes(value as Level);
}

/** The text to show at a level: the easier one only where the briefing has it. */
export function textAt(
  briefing: Briefing,
  level: Level | undefined,
): BriefingDoc & { level: Level } {
  return level === "easy" && briefing.easy
    ? { ...briefing.easy, level: "easy" }
    : { ...briefing, level: "standard" };
}
