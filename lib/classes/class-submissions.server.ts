import "server-only";
import type { ClassSubmissions } from "@/lib/quiz/class-submissions";
import { OTHER_QUIZ } from "@/lib/quiz/submit";
import { NO_OPEN_CLASS, type Door } from "./class-door.server";
import { checkClassContext, NOT_A_MEMBER } from "./class-submit";
import type { ClassesPort } from "./classes-port";

/** A class code on a quiz form that leads a newcomer nowhere: the door's one answer. */
export const NO_OPEN_CLASS_FOR_ANSWERS = `${NO_OPEN_CLASS} Your answers are still on this device.`;

/**
 * The classes side of a quiz submission (the quiz declares what it needs: ClassSubmissions).
 * The code goes through the same door as the class page and the join form (`door`, from
 * class-door.server.ts): a quiz form cannot be used to tell a closed class from no class.
 */
export function classSubmissions(
  classes: ClassesPort,
  door: (code: string, now: number) => Promise<Door>,
  /** Told of each attempt that newly counted (scores back to an LMS: lib/lti). */
  counted: (code: string, studentId: string) => void = () => {},
): ClassSubmissions {
  return {
    async admit(code, slug, now) {
      const entry = await door(code, now);
      if (entry.status === "limited") return { ok: false, message: entry.limited.message };
      if (entry.status === "none") return { ok: false, message: NO_OPEN_CLASS_FOR_ANSWERS };
      if (entry.status === "newcomer") return { ok: false, message: NOT_A_MEMBER };
      const context = await checkClassContext(classes, entry.klass.code, entry.studentId, now);
      if (!context.ok) return context;
      if (context.record.slug !== slug) return { ok: false, message: OTHER_QUIZ };
      return { ok: true, studentId: context.studentId };
    },
    async count(code, studentId, attempt) {
      const { duplicate } = await classes.recordClassAttempt(code, studentId, attempt);
      if (!duplicate) counted(code, studentId);
    },
    async resultView(code, now) {
      const klass = await classes.getClass(code, now);
      if (!klass) return undefined;
      const answersHidden = klass.feedback === "after-close" && klass.revealedAt === undefined;
      return { title: klass.title, answersHidden };
    },
  };
}
