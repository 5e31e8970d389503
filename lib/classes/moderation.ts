import { NICKNAME_MAX } from "./class-forms";
import { TICK_TO_CONFIRM } from "@/lib/forms/action-state";
import { UNKIND_NICKNAME } from "./kind-nickname-message";

/** What a teacher can do to one student from the dashboard. */
const STUDENT_OPS = ["rename", "remove", "restore"] as const;
export type StudentOp = (typeof STUDENT_OPS)[number];

export function isStudentOp(value: unknown): value is StudentOp {
  return STUDENT_OPS.includes(value as StudentOp);
}

/**
 * Why a moderation did not happen, as a short key the dashboard URL can carry (the forms
 * work without JavaScript, so the answer is a redirect), and what the teacher is told.
 */
export const MODERATION_NOTICES = {
  taken: "Another student in this class already has that nickname.",
  unkind: UNKIND_NICKNAME,
  invalid: `Use 1–${NICKNAME_MAX} letters, digits, spaces and simple punctuation.`,
  "confirm-remove": TICK_TO_CONFIRM,
} as const;
export type ModerationNotice = keyof typeof MODERATION_NOTICES;

export function isModerationNotice(value: unknown): value is ModerationNotice {
  return typeof value === "string" && Object.hasOwn(MODERATION_NOTICES, value);
}
