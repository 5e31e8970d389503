import type { ClassResult, Membership, StudentRecord } from "@/lib/classes/types";
import type { SubjectClassData } from "@/lib/privacy/subjects-port";

/** By class code, then student id: both adapters list memberships in this order. */
export function byClass(a: Membership, b: Membership): number {
  return a.code.localeCompare(b.code) || a.studentId.localeCompare(b.studentId);
}

/** The linked memberships and the extra ones, each (class, student) once, in `byClass` order. */
export function unionMemberships(linked: Membership[], extra: Membership[]): Membership[] {
  const seen = new Map<string, Membership>();
  for (const m of [...linked, ...extra]) {
    seen.set(JSON.stringify([m.code, m.studentId]), { code: m.code, studentId: m.studentId });
  }
  return [...seen.values()].sort(byClass);
}

/** What a data download shows of one class: nothing but the membership once it is gone. */
export function subjectClassData(
  membership: Membership,
  classLive: boolean,
  student: StudentRecord | undefined,
  result: ClassResult | undefined,
): SubjectClassData {
  if (!classLive || !student || student.removedAt) return { membership };
  return { membership, student, ...(result ? { result } : {}) };
}
