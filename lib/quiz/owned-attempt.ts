import "server-only";
import { currentSubject } from "@/lib/auth/subject";
import { loadBriefing } from "@/lib/content/load-briefings";
import { loadQuiz } from "./load-quiz";
import { getStore } from "@/lib/store";
import type { AttemptRecord } from "./attempt";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The attempt if, and only if, the person asking owns it. Anything else (unknown, malformed,
 * someone else's, another briefing's) is the same undefined: a page shows 404 and reveals
 * nothing about whether the id exists.
 */
export async function ownedAttempt(
  slug: string,
  attemptId: string,
): Promise<AttemptRecord | undefined> {
  if (!UUID.test(attemptId)) return undefined;
  const subject = await currentSubject();
  if (!subject) return undefined;
  const attempt = await getStore().getAttempt(subject, attemptId);
  return attempt?.slug === slug ? attempt : undefined;
}

/**
 * For the result and retry pages: the briefing, its quiz, the reader's own attempt, and its
 * class if it was made in one. `answersHidden`: the class shows only the score until the
 * teacher reveals the answers.
 */
export async function loadOwnedAttempt(slug: string, attemptId: string) {
  const briefing = loadBriefing(slug);
  const quiz = briefing && loadQuiz(slug);
  const attempt = quiz && (await ownedAttempt(slug, attemptId));
  if (!briefing || !quiz || !attempt) return undefined;
  const klass = attempt.classCode
    ? await getStore().getClass(attempt.classCode, Date.now())
    : undefined;
  const answersHidden = klass?.feedback === "after-close" && klass.revealedAt === undefined;
  return { briefing, quiz, attempt, klass, answersHidden };
}
