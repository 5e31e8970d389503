import "server-only";
import type { GradePolicy, StudentGrade } from "@/lib/lti/lti-port";

/** One stored piece of a class's LMS grades: its policy, or a student's target or last send. */
export type GradeRow = { studentId: string; field: "policy" | "target" | "sent"; value: string };

/** A class's LMS grades from its stored rows, as both adapters keep them. */
export function gradesFromRows(rows: GradeRow[]): {
  policy: GradePolicy;
  students: StudentGrade[];
} {
  let policy: GradePolicy = "best";
  const students = new Map<string, StudentGrade>();
  for (const { studentId, field, value } of rows) {
    if (field === "policy") {
      policy = value === "latest" ? "latest" : "best";
      continue;
    }
    const grade = students.get(studentId) ?? { studentId };
    if (field === "target") grade.target = JSON.parse(value);
    else grade.sent = JSON.parse(value);
    students.set(studentId, grade);
  }
  return { policy, students: [...students.values()] };
}
