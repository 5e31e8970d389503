import "server-only";
import { loadBriefing } from "@/lib/content/load-briefings";
import { loadQuiz } from "@/lib/quiz/load-quiz";
import type { Limited } from "@/lib/rate-limit/limit";
import { unknownClassGuard } from "@/lib/rate-limit/request-limits";
import { getStore } from "@/lib/store";
import { normalizeCode } from "./class-code";
import { classMember } from "./membership";
import { isOpen } from "./types";

/**
 * What a student's class page needs: the class, its briefing, and who this browser is in it.
 * `missing` for no such class; `limited` when this network has tried too many codes that do
 * not exist (it is then told nothing about any code).
 */
export async function loadClassForStudent(rawCode: string, now = Date.now()) {
  const guard = await unknownClassGuard();
  if (guard.limited) return { status: "limited" as const, limited: guard.limited };
  const code = normalizeCode(rawCode);
  const klass = code ? await getStore().getClass(code, now) : undefined;
  const briefing = klass && loadBriefing(klass.slug);
  if (!klass || !briefing) {
    const limited: Limited | undefined = await guard.miss();
    return limited ? { status: "limited" as const, limited } : { status: "missing" as const };
  }
  const studentId = await classMember(klass.code);
  const student = studentId ? await getStore().getStudent(klass.code, studentId) : undefined;
  const quiz = loadQuiz(klass.slug);
  return { status: "found" as const, klass, briefing, quiz, student, open: isOpen(klass, now) };
}
