import "server-only";
import { listBriefingSlugs } from "@/lib/content/load-briefings";
import { issueMessages, type FormErrors } from "@/lib/forms/form-state";
import { getStore } from "@/lib/store";
import { newClassCode } from "./class-code";
import { closesAtFrom, createClassSchema, joinSchema } from "./class-forms";
import { ensureClassMember } from "./membership";
import { isOpen, type ClassRecord, type StudentRecord } from "./types";

/** Creates a class for its owner from the create form; draws codes until one is free. */
export async function createClass(
  ownerId: string,
  input: Record<string, unknown>,
  now = Date.now(),
): Promise<{ ok: true; record: ClassRecord } | { ok: false; errors: FormErrors }> {
  const parsed = createClassSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issueMessages(parsed.error.issues) };
  const values = parsed.data;
  if (!listBriefingSlugs().includes(values.slug)) {
    return { ok: false, errors: { slug: "Choose a briefing." } };
  }
  const closesAt = closesAtFrom(values);
  if (closesAt !== undefined && closesAt <= now) {
    return { ok: false, errors: { closesAt: "Pick a time in the future, or leave it empty." } };
  }
  for (let tries = 0; tries < 8; tries++) {
    const record: ClassRecord = {
      code: newClassCode(),
      ownerId,
      title: values.title,
      slug: values.slug,
      feedback: values.feedback,
      createdAt: now,
      ...(closesAt !== undefined ? { closesAt } : {}),
    };
    if (await getStore().createClass(record)) return { ok: true, record };
  }
  throw new Error("could not draw a free class code in 8 tries");
}

/** The class if `ownerId` owns it; anyone else sees the same undefined as for no class. */
export async function ownedClass(code: string, ownerId: string | undefined, now = Date.now()) {
  if (!ownerId) return undefined;
  const record = await getStore().getClass(code, now);
  return record?.ownerId === ownerId ? record : undefined;
}

export type JoinOutcome =
  { ok: true; student: StudentRecord } | { ok: false; errors: FormErrors; closed?: boolean };

/** A student joins (or rejoins, from the same browser) an open class under a nickname. */
export async function joinClass(
  code: string,
  input: Record<string, unknown>,
  now = Date.now(),
): Promise<JoinOutcome> {
  const record = await getStore().getClass(code, now);
  if (!record || !isOpen(record, now)) {
    return { ok: false, closed: true, errors: { "": "This class is closed. Ask your teacher." } };
  }
  const parsed = joinSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issueMessages(parsed.error.issues) };
  const studentId = await ensureClassMember(code);
  const student = await getStore().joinClass(code, studentId, parsed.data.nickname, now);
  return { ok: true, student };
}
