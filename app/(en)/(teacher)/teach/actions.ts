"use server";

import type { CreateClassState } from "@/lib/classes/teacher.server";
import { settle } from "@/lib/forms/settle.server";
import { lmsGrades, moderation, teaching } from "@/lib/services/services.server";

// Each is the service's outcome carried out: the teacher services check who is asking,
// limit, validate and answer, so everyone but the owner gets the same 404.

export async function createClassAction(_state: CreateClassState, form: FormData) {
  return settle(await teaching().createClass(form));
}

/** Close, reopen, reveal, hide, delete; idempotent. */
export async function classAction(form: FormData): Promise<void> {
  settle(await teaching().classOp(form));
}

/** Rename or remove a student; works without JS. */
export async function moderateAction(form: FormData): Promise<void> {
  settle(await moderation().moderate(form));
}

/** Which score the LMS gets, or send again what did not reach it; idempotent. */
export async function lmsGradesAction(form: FormData): Promise<void> {
  settle(await lmsGrades().act(form));
}
