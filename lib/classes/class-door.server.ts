import "server-only";
import type { Limited } from "@/lib/rate-limit/check-limits.server";
import { normalizeCode } from "./class-code.server";
import type { ClassesPort } from "./classes-port";
import { canJoin, type ClassRecord } from "./types";

/**
 * The one answer every path gives a browser that is not in the class, for any code a newcomer
 * cannot join: unknown, mistyped, deleted, closed, or no longer taking students.
 */
export const NO_OPEN_CLASS =
  "There is no open class at this link. Check the link or the code with your teacher.";

/** What a browser may learn of a class code. */
export type Door =
  /** This network tried too many codes that lead nowhere: it learns nothing of any code. */
  | { status: "limited"; limited: Limited }
  /** Nothing a newcomer can join: one answer for every such code (NO_OPEN_CLASS). */
  | { status: "none" }
  /** The browser holds the class's signed cookie: it knows the class, whatever its state. */
  | { status: "member"; klass: ClassRecord; studentId: string }
  /** An open class taking newcomers. */
  | { status: "newcomer"; klass: ClassRecord };

export type DoorDeps = {
  classes: Pick<ClassesPort, "getClass">;
  /** The student id this browser's signed class cookie holds, if any. */
  member: (code: string) => Promise<string | undefined>;
  /** The per-network limit on codes that lead nowhere (lib/rate-limit). */
  unknownClassGuard: () => Promise<{
    limited: Limited | undefined;
    miss: () => Promise<Limited | undefined>;
  }>;
};

/**
 * The door every path that takes a class code goes through (the class page, the join form,
 * a quiz sent in a class): the network's guesses are checked before the code is looked up,
 * and every code that leads a newcomer nowhere counts as one guess and gets one answer. So a
 * script learns only which codes are open to join, at the limit's pace.
 */
export function classDoor({ classes, member, unknownClassGuard }: DoorDeps) {
  return async function door(rawCode: string, now: number): Promise<Door> {
    const guard = await unknownClassGuard();
    if (guard.limited) return { status: "limited", limited: guard.limited };
    const code = normalizeCode(rawCode);
    const klass = code ? await classes.getClass(code, now) : undefined;
    const studentId = klass && (await member(klass.code));
    if (klass && studentId) return { status: "member", klass, studentId };
    if (klass && canJoin(klass, now)) return { status: "newcomer", klass };
    const limited = await guard.miss();
    return limited ? { status: "limited", limited } : { status: "none" };
  };
}
