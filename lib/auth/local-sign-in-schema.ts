// The "Continue as…" form's one schema, used by react-hook-form in the browser and by the
// server action. zod/mini keeps it small in the client bundle.
import * as z from "zod/mini";

export const DISPLAY_NAME_MAX = 40;

export const localSignInSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Enter the name to continue as."),
      z.maxLength(DISPLAY_NAME_MAX, `At most ${DISPLAY_NAME_MAX} characters.`),
      z.regex(/^[\p{L}\p{N}][\p{L}\p{N} .'’-]*$/u, "Letters, digits, spaces and . ' - only."),
    ),
});

export type LocalSignInValues = z.infer<typeof localSignInSchema>;

/** One machine's local user: the same name is the same person (the point: two browsers). */
export function localUserId(name: string): string {
  return `local:${name.trim().toLowerCase().replace(/\s+/g, " ")}`;
}
