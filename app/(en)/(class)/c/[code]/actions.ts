"use server";

import type { JoinState } from "@/lib/classes/student.server";
import { settle } from "@/lib/forms/settle.server";
import { studentClasses } from "@/lib/services/services.server";

/** Join with a nickname; the class code comes from the page the form is on (bound). */
export async function joinAction(code: string, _state: JoinState, form: FormData) {
  return settle(await studentClasses().join(code, form));
}
