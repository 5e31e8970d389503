"use server";

import { redirect } from "next/navigation";
import { normalizeCode } from "@/lib/classes/class-code";
import type { JoinValues } from "@/lib/classes/class-forms";
import { joinClass } from "@/lib/classes/classes";
import { textField } from "@/lib/forms/form-fields";
import type { FormState, Posted } from "@/lib/forms/form-state";
import { limitJoin } from "@/lib/rate-limit/request-limits";

type JoinState = FormState<Posted<JoinValues>>;

/** Join with a nickname; the class code comes from the page the form is on (bound). */
export async function joinAction(
  code: string,
  _state: JoinState,
  form: FormData,
): Promise<JoinState> {
  const values = { nickname: textField(form, "nickname", 100) ?? "" };
  const valid = normalizeCode(code);
  if (!valid) return { errors: { "": "This class link is not valid." }, values };
  const limited = await limitJoin(valid);
  if (limited) return { errors: { "": limited.message }, values };
  const outcome = await joinClass(valid, values);
  if (!outcome.ok) return { errors: outcome.errors, values };
  redirect(`/c/${valid}`);
}
