// Answers in progress live in localStorage until the server has stored the attempt, so a
// reload, a dropped connection or a closed tab loses nothing.
import type { AnswerValue } from "@/lib/quiz/answer-form-schema";

export type Draft = {
  attemptId: string;
  answers: Record<string, AnswerValue | undefined>;
  index: number;
};

const PREFIX = "quiz-draft:";

export function draftKey(slug: string, only: string | undefined, classCode?: string): string {
  return `${PREFIX}${slug}:${only ?? "all"}${classCode ? `:${classCode}` : ""}`;
}

export function readDraft(key: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(key);
    const draft = raw ? (JSON.parse(raw) as Draft) : undefined;
    return draft && typeof draft.attemptId === "string" && typeof draft.answers === "object"
      ? draft
      : undefined;
  } catch {
    return undefined; // private mode, quota or a corrupted entry: start fresh
  }
}

export function writeDraft(key: string, draft: Draft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    /* storage full or disabled: the form still works, just without a draft */
  }
}

/** Forgets every draft that belongs to a stored attempt. */
export function clearDraftsFor(attemptId: string): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(PREFIX) && readDraft(key)?.attemptId === attemptId)
        localStorage.removeItem(key);
    }
  } catch {
    /* nothing to clear */
  }
}
