import "server-only";
import type { ClassSubmissions } from "@/lib/quiz/class-submissions";
import { OTHER_QUIZ } from "@/lib/quiz/submit";
import { checkClassContext } from "./class-submit";
import type { ClassesPort } from "./classes-port";

/**
 * The classes side of a quiz submission (the quiz declares what it needs: ClassSubmissions).
 * `member`: who this browser is in a class (its signed cookie, in the app).
 */
export function classSubmissions(
  classes: ClassesPort,
  member: (code: string) => Promise<string | undefined>,
): ClassSubmissions {
  return {
    async admit(code, slug, now) {
      const context = await checkClassContext(classes, code, await member(code), now);
      if (!context.ok) return context;
      if (context.record.slug !== slug) return { ok: false, message: OTHER_QUIZ };
      return { ok: true, studentId: context.studentId };
    },
    async count(code, studentId, attempt) {
      await classes.recordClassAttempt(code, studentId, attempt);
    },
    async resultView(code, now) {
      const klass = await classes.getClass(code, now);
      if (!klass) return undefined;
      const answersHidden = klass.feedback === "after-close" && klass.revealedAt === undefined;
      return { title: klass.title, answersHidden };
    },
  };
}
