import type { ClassesPort } from "@/lib/classes/classes-port";
import { isOpen, type ClassRecord } from "./types";

export const CLASS_CLOSED =
  "This class is closed, so your answers were not sent to your teacher. Your answers are still on this device.";
export const NOT_A_MEMBER =
  "Join the class first: open your class link again and enter a nickname.";

export const REMOVED_FROM_CLASS =
  "Your teacher removed you from this class, so your answers were not sent. They are still on this device.";

export type ClassContext =
  { ok: true; record: ClassRecord; studentId: string } | { ok: false; message: string };

/**
 * Whether a submission can go to the class: it is open and `studentId` is one of its
 * students, not removed by the teacher. Both reads are issued together, so on KV they travel in one request
 * (@vercel/kv pipelines commands made in the same tick).
 */
export async function checkClassContext(
  store: Pick<ClassesPort, "getClass" | "getStudent">,
  code: string,
  studentId: string | undefined,
  now: number,
): Promise<ClassContext> {
  const [record, student] = await Promise.all([
    store.getClass(code, now),
    studentId ? store.getStudent(code, studentId) : undefined,
  ]);
  if (!record || !isOpen(record, now)) return { ok: false, message: CLASS_CLOSED };
  if (!studentId || !student) return { ok: false, message: NOT_A_MEMBER };
  if (student.removedAt !== undefined) return { ok: false, message: REMOVED_FROM_CLASS };
  return { ok: true, record, studentId };
}
