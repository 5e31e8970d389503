import { en, type Dictionary } from "./en";
import { es } from "./es";
import type { Lang } from "./lang";

const DICTIONARIES: Record<Lang, Dictionary> = { en, es };

/** The words of a language, for server components to pass down as props. */
export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
