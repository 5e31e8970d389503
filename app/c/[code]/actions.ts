"use server";

import { redirect } from "next/navigation";
import type { JoinValues } from "@/lib/classes/class-forms";
import { studentClasses } from "@/lib/services/services.server";
import { textField } from "@/lib/forms/form-fields";
import type { FormState, Posted } from "@/lib/forms/form-state";
import { routes } from "@/lib/links/routes";

type JoinState = FormState<Posted<JoinValues>>;

/** Join with a nickname; the class code comes from the page the form is on (bound). */
export async function joinAction(
  code: string,
  _state: JoinState,
  form: FormData,
): Promise<JoinState> {
  const values = { nickname: textField(form, "nickname", 100) ?? "" };
  const outcome = await studentClasses().joinClassFromForm(code, values);
  if (!outcome.ok) return { errors: outcome.errors, values };
  redirect(routes.classJoin(outcome.code));
}
