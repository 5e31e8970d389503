import "server-only";
import type { ClassStore } from "@/lib/store/port";
import { isOpen, type ClassRecord } from "./types";

export const CLASS_CLOSED =
  "This class is closed, so your answers were not sent to your teacher. Your answers are still on this device.";
export const NOT_A_MEMBER =
  "Join the class first: open your class link again and enter a nickname.";

export type ClassContext =
  { ok: true; record: ClassRecord; studentId: string } | { ok: false; message: string };

/**
 * Whether a submission can go to the class: it is open and `studentId` is one of its
 * students. Both reads are issued together, so on KV they travel in one request
 * (@vercel/kv pipelines commands made in the same tick).
 */
export async function checkClassContext(
  store: Pick<ClassStore, "getClass" | "getStudent">,
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
  return { ok: true, record, studentId };
}
