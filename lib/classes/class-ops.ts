import type { ClassPatch, ClassRecord } from "./types";
import { isOpen, reopenPatch } from "./types";

/** What a teacher can do to a class from its dashboard. */
const CLASS_OPS = [
  "close",
  "reopen",
  "reveal",
  "hide",
  "stop-joins",
  "allow-joins",
  "delete",
] as const;
export type ClassOp = (typeof CLASS_OPS)[number];

export function isClassOp(value: unknown): value is ClassOp {
  return CLASS_OPS.includes(value as ClassOp);
}

/**
 * The change an operation makes, or none when it would change nothing (closing a closed
 * class, revealing revealed answers): every operation is idempotent, so a double tap or a
 * resent form is harmless. `delete` is not a patch: the caller deletes.
 */
export function classOpPatch(klass: ClassRecord, op: Exclude<ClassOp, "delete">, now: number) {
  const patches: Record<typeof op, ClassPatch | undefined> = {
    close: isOpen(klass, now) ? { closedAt: now } : undefined,
    reopen: reopenPatch(klass, now),
    reveal: klass.revealedAt === undefined ? { revealedAt: now } : undefined,
    hide: klass.revealedAt !== undefined ? { revealedAt: null } : undefined,
    "stop-joins": klass.joinsClosedAt === undefined ? { joinsClosedAt: now } : undefined,
    "allow-joins": klass.joinsClosedAt !== undefined ? { joinsClosedAt: null } : undefined,
  };
  return patches[op];
}
