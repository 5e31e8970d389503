import "server-only";
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";

let matcher: RegExpMatcher | undefined;

/**
 * Whether a nickname uses a rude word, by obscenity's maintained English list and its
 * recommended transformers (l33t spellings, repeated letters, case), which also keep the
 * Scunthorpe problem away ("Cassandra", "Scunthorpe" pass). Server-only: the list stays out
 * of the students' bundle. Built on first use, not at import.
 */
export function isUnkindNickname(nickname: string): boolean {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return matcher.hasMatch(nickname);
}
