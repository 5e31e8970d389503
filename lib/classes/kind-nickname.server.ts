import "server-only";
import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  pattern,
  RegExpMatcher,
} from "obscenity";
import { nicknameKey } from "./nickname.server";
import { REAL_NAME_PREFIXES, REAL_NAMES } from "./real-names";

// Hate a nickname may not carry, in any spelling the skeleton folds to (lower case, plain
// letters). Short on purpose: what a class roster would show, not a general hate-speech filter.
const HATE = [
  /\bheil\b/,
  /\bhitler\b/,
  /\bnazis?\b/,
  /\bkkk\b/,
  /\bsieg\s*heil\b/,
  /\bwhite\s*(?:power|pride)\b/,
  /\b14\s*[/-]?\s*88\b/,
  /\bgas\s+the\b/,
  /\bkill\s+(?:all|the)\b/,
];

let matcher: RegExpMatcher | undefined;

/** obscenity's maintained English list, and the sound-alike spellings it does not catch. */
function rudeWords(): RegExpMatcher {
  const dataset = new DataSet<{ originalWord: string }>()
    .addAll(englishDataset)
    .addPhrase((phrase) =>
      phrase
        .setMetadata({ originalWord: "fuck" })
        .addPattern(pattern`phuck`)
        .addPattern(pattern`phuk`)
        .addPattern(pattern`phuq`),
    );
  return new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
}

/**
 * Runs of single letters split by spaces or punctuation, joined: "f u c k", "F.U.C.K" and
 * "f_u_c_k" read "fuck". Only runs of single letters: joining whole words ("Ana Lisa") would
 * make words nobody wrote.
 */
function spelledOut(skeleton: string): string[] {
  const tokens = skeleton.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const runs: string[] = [];
  let run = "";
  for (const token of [...tokens, "  "]) {
    if ([...token].length === 1) run += token;
    else {
      if ([...run].length >= 2) runs.push(run);
      run = "";
    }
  }
  return runs;
}

/** Whether every rude match falls inside a word that is a real name ("Dick", "Dikshit"). */
function onlyRealNames(text: string, found: RegExpMatcher): boolean {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  return found.getAllMatches(text).every((match) => {
    const word = words.find(
      (w) => w.index! <= match.startIndex && match.endIndex < w.index! + w[0].length,
    );
    if (word === undefined) return false;
    return REAL_NAMES.has(word[0]) || REAL_NAME_PREFIXES.some((p) => word[0].startsWith(p));
  });
}

/**
 * Whether a nickname is unkind: a rude word (obscenity's list, with its l33t, repeated-letter
 * and case transformers) or hate, judged on the skeleton (look-alike letters, fancy forms,
 * marks and invisible characters folded away: "Ｆ𝓾с̶k" is "fuck") and on letters spelled out
 * one by one. A real name the list would catch (the REAL_NAMES allowlist, whole words) passes.
 * Server-only: the lists stay out of the students' bundle. Built on first use.
 */
export function isUnkindNickname(nickname: string): boolean {
  matcher ??= rudeWords();
  const skeleton = nicknameKey(nickname);
  if (HATE.some((hate) => hate.test(skeleton))) return true;
  if (matcher.hasMatch(skeleton) && !onlyRealNames(skeleton, matcher)) return true;
  return spelledOut(skeleton).some((letters) => matcher!.hasMatch(letters));
}
