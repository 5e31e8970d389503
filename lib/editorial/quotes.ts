import { normalizeForMatch } from "../content/normalize";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Words we put in quote marks claim to be the source's own. Each quoted passage (split at
 * ellipses, which mark cuts) must occur in the source as whole words: “secret” is not the
 * source's “secretly”. Case is not compared: a quote may start a sentence of ours.
 */
export function misquotes(text: string, source: string): string[] {
  const haystack = normalizeForMatch(source);
  const out: string[] = [];
  for (const [, quoted] of normalizeForMatch(text).matchAll(/"([^"]+)"/g)) {
    for (const part of quoted!.split(/…|\.\.\./)) {
      const words = part.replace(/^[\s,.;:!?]+|[\s,.;:!?]+$/g, "");
      if (!words) continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(words)}(?![\\p{L}\\p{N}])`, "iu");
      if (!pattern.test(haystack)) out.push(words);
    }
  }
  return out;
}
