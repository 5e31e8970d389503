"use server";

import { redirect } from "next/navigation";
import type { JoinState } from "@/components/classes/join-form";
import { normalizeCode } from "@/lib/classes/class-code";
import { joinClass } from "@/lib/classes/classes";
import { textField } from "@/lib/forms/form-fields";
import { limitJoin } from "@/lib/rate-limit/request-limits";

/** Join with a nickname; the class code comes from the page the form is on (bound). */
export async function joinAction(
  code: string,
  _state: JoinState,
  form: FormData,
): Promise<JoinState> {
  const nickname = textField(form, "nickname", 100) ?? "";
  const valid = normalizeCode(code);
  if (!valid) return { errors: { "": "This class link is not valid." }, nickname };
  const limited = await limitJoin(valid);
  if (limited) return { errors: { "": limited.message }, nickname };
  const outcome = await joinClass(valid, { nickname });
  if (!outcome.ok) return { errors: outcome.errors, nickname };
  redirect(`/c/${valid}`);
}
