"use server";

import { redirect } from "next/navigation";
import type { JoinState } from "@/components/classes/join-form";
import { normalizeCode } from "@/lib/classes/class-code";
import { joinClass } from "@/lib/classes/classes";

/** Join with a nickname; the class code comes from the page the form is on (bound). */
export async function joinAction(
  code: string,
  _state: JoinState,
  form: FormData,
): Promise<JoinState> {
  const raw = form.get("nickname");
  const nickname = typeof raw === "string" ? raw.slice(0, 100) : "";
  const valid = normalizeCode(code);
  if (!valid) return { errors: { "": "This class link is not valid." }, nickname };
  const outcome = await joinClass(valid, { nickname });
  if (!outcome.ok) return { errors: outcome.errors, nickname };
  redirect(`/c/${valid}`);
}
