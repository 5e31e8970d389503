import type { Lang } from "@/lib/i18n/lang";
import type { Briefing } from "./parse-briefing";

/**
 * What a translated edition shows beside our translation: the source's own English words, one
 * tap away. Quotes are keyed by level, section id and item index (quoteKey).
 */
type Originals = { evidence: Record<string, string>; quotes: Record<string, string> };

/** A briefing as read in one language: the English one, or a translation with its originals. */
export type Edition = Briefing & { lang: Lang; originals?: Originals };

/** The key of a quote item's original: "standard:quotes:2". */
export const quoteKey = (level: "standard" | "easy", section: string, index: number) =>
  `${level}:${section}:${index}`;
