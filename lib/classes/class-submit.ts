import "server-only";
import { getStore } from "@/lib/store";
import { classMember } from "./membership";
import { isOpen, type ClassRecord } from "./types";

export const CLASS_CLOSED =
  "This class is closed, so your answers were not sent to your teacher. Your answers are still on this device.";
export const NOT_A_MEMBER =
  "Join the class first: open your class link again and enter a nickname.";

export type ClassContext =
  { ok: true; record: ClassRecord; studentId: string } | { ok: false; message: string };

/**
 * For a quiz posted with a class code: the open class and this browser's student in it, or
 * why the submission cannot go to the class. Checked on the server at every submission.
 */
export async function classContext(code: string, now = Date.now()): Promise<ClassContext> {
  const store = getStore();
  const record = await store.getClass(code, now);
  if (!record || !isOpen(record, now)) return { ok: false, message: CLASS_CLOSED };
  const studentId = await classMember(code);
  if (!studentId || !(await store.getStudent(code, studentId))) {
    return { ok: false, message: NOT_A_MEMBER };
  }
  return { ok: true, record, studentId };
}
