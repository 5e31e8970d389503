"use server";

import { notFound, redirect } from "next/navigation";
import { auth } from "@/auth";
import type { CreateClassValues } from "@/lib/classes/class-forms";
import { createClass, ownedClass } from "@/lib/classes/classes";
import { isOpen, reopenPatch } from "@/lib/classes/types";
import { textField } from "@/lib/forms/form-fields";
import type { FormState, Posted } from "@/lib/forms/form-state";
import { limitClassCreation } from "@/lib/rate-limit/request-limits";
import { getStore } from "@/lib/store";

type CreateClassState = FormState<Posted<CreateClassValues>>;

const FIELDS = ["title", "slug", "feedback", "closesAt", "timezoneOffset"] as const;

async function teacherId(): Promise<string> {
  const session = await auth();
  if (!session) redirect("/signin?from=/teach");
  return session.user.id;
}

export async function createClassAction(
  _state: CreateClassState,
  form: FormData,
): Promise<CreateClassState> {
  const ownerId = await teacherId();
  const values: Posted<CreateClassValues> = {};
  for (const field of FIELDS) {
    const value = textField(form, field);
    if (value !== undefined) values[field] = value;
  }
  const limited = await limitClassCreation(ownerId);
  if (limited) return { errors: { "": limited.message }, values };
  const outcome = await createClass(ownerId, values);
  if (!outcome.ok) return { errors: outcome.errors, values };
  redirect(`/teach/${outcome.record.code}`);
}

/**
 * Close, reopen, reveal, hide, delete: the owner only (everyone else gets the same 404 as
 * for a class that does not exist). Each is idempotent: closing a closed class changes nothing.
 */
export async function classAction(form: FormData): Promise<void> {
  const ownerId = await teacherId();
  const code = textField(form, "code") ?? "";
  const op = textField(form, "op");
  const now = Date.now();
  const klass = await ownedClass(code, ownerId, now);
  if (!klass) notFound();
  const store = getStore();
  const reopen = op === "reopen" ? reopenPatch(klass, now) : undefined;
  if (op === "close" && isOpen(klass, now))
    await store.updateClass(code, ownerId, { closedAt: now });
  else if (reopen) {
    await store.updateClass(code, ownerId, reopen);
  } else if (op === "reveal" && klass.revealedAt === undefined) {
    await store.updateClass(code, ownerId, { revealedAt: now });
  } else if (op === "hide" && klass.revealedAt !== undefined) {
    await store.updateClass(code, ownerId, { revealedAt: null });
  } else if (op === "delete") {
    if (textField(form, "confirm") !== "yes") redirect(`/teach/${code}?confirm=delete`);
    await store.deleteClass(code, ownerId);
    redirect("/teach");
  }
  redirect(`/teach/${code}`);
}
