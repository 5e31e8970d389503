"use server";

import { notFound, redirect } from "next/navigation";
import type { CreateClassValues } from "@/lib/classes/class-forms";
import { moderation, teaching } from "@/lib/services/services.server";
import { textField } from "@/lib/forms/form-fields";
import type { FormState, Posted } from "@/lib/forms/form-state";
import { routes } from "@/lib/links/routes";

type CreateClassState = FormState<Posted<CreateClassValues>>;

const FIELDS = ["title", "slug", "feedback", "level", "closesAt", "timezoneOffset"] as const;

/** Thin: the teacher service checks who is asking, limits, validates and creates. */
export async function createClassAction(
  _state: CreateClassState,
  form: FormData,
): Promise<CreateClassState> {
  const values: Posted<CreateClassValues> = {};
  for (const field of FIELDS) {
    const value = textField(form, field);
    if (value !== undefined) values[field] = value;
  }
  const outcome = await teaching().createClassFromForm(values);
  if (outcome.ok) redirect(routes.classDashboard(outcome.record.code));
  if ("signedOut" in outcome) redirect(routes.signIn({ from: routes.teach() }));
  return { errors: outcome.errors, values };
}

/**
 * Close, reopen, reveal, hide, delete: the owner only (everyone else, signed in or not, gets
 * the same 404 as for a class that does not exist). Each is idempotent.
 */
export async function classAction(form: FormData): Promise<void> {
  const code = textField(form, "code") ?? "";
  const confirmed = textField(form, "confirm") === "yes";
  const done = await teaching().applyClassOp(code, textField(form, "op"), confirmed);
  if (done === "missing") notFound();
  if (done === "confirm") redirect(routes.classDashboard(code, "delete"));
  redirect(done === "deleted" ? routes.teach() : routes.classDashboard(code));
}

/**
 * Rename or remove a student: the owner only (404 for everyone else, and for a student not
 * in the class). A refusal comes back as a notice at the student's row; works without JS.
 */
export async function moderateAction(form: FormData): Promise<void> {
  const code = textField(form, "code") ?? "";
  const studentId = textField(form, "studentId") ?? "";
  const outcome = await moderation().moderateStudent(code, {
    op: textField(form, "op"),
    studentId,
    nickname: textField(form, "nickname"),
    confirmed: textField(form, "confirm") === "yes",
  });
  if (outcome === "missing") notFound();
  redirect(
    outcome === "done"
      ? routes.classDashboard(code)
      : routes.classDashboardNotice(code, outcome, studentId),
  );
}
