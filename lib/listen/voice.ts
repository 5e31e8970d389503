// Which voice reads the page, loaded with the engine. (Whether any voice can is decided by
// the Listen button itself, with the same language test inlined to keep it small.)

type Voice = Pick<SpeechSynthesisVoice, "lang" | "localService" | "default">;

/** "en-US", "en_US" (older Android) and "en" are all English. */
export const baseLang = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
const region = (tag: string) => tag.toLowerCase().replace("_", "-");

/** The page's language (`<html lang>`), else the browser's. */
export const pageLang = () => document.documentElement.lang || navigator.language;

/**
 * The voice for the page's language: on the device first (no text leaves it; Chrome's
 * "Google" voices send it to a server), then the exact region, then the system default.
 */
export function pickVoice<V extends Voice>(voices: V[], lang: string): V | undefined {
  const score = (voice: V) =>
    (voice.localService ? 4 : 0) +
    (region(voice.lang) === region(lang) ? 2 : 0) +
    (voice.default ? 1 : 0);
  return voices
    .filter((voice) => baseLang(voice.lang) === baseLang(lang))
    .sort((a, b) => score(b) - score(a))[0];
}
