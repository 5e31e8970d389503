import "server-only";
import { loadBriefing } from "@/lib/content/load-briefings";
import { loadQuiz } from "@/lib/quiz/load-quiz";
import { getStore } from "@/lib/store";
import { normalizeCode } from "./class-code";
import { classMember } from "./membership";
import { isOpen } from "./types";

/** What a student's class page needs: the class, its briefing, and who this browser is in it. */
export async function loadClassForStudent(rawCode: string, now = Date.now()) {
  const code = normalizeCode(rawCode);
  const klass = code ? await getStore().getClass(code, now) : undefined;
  const briefing = klass && loadBriefing(klass.slug);
  if (!klass || !briefing) return undefined;
  const studentId = await classMember(klass.code);
  const student = studentId ? await getStore().getStudent(klass.code, studentId) : undefined;
  return { klass, briefing, quiz: loadQuiz(klass.slug), student, open: isOpen(klass, now) };
}
