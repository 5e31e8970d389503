// The "Continue as…" form's one schema, used by react-hook-form in the browser and by the
// server action. zod/mini keeps it small in the client bundle. Its messages are in the page's
// language (lib/i18n/account-*.ts), so the schema is made with them.
import * as z from "zod/mini";

export const DISPLAY_NAME_MAX = 40;

/** What the form says when a name fails, as plain strings (a client component gets them). */
export type LocalSignInMessages = { required: string; tooLong: string; characters: string };

/** The messages from a language's sign-in words (AccountWords["signIn"] has these). */
export function localSignInMessages(words: {
  nameRequired: string;
  nameTooLong: (max: number) => string;
  nameCharacters: string;
}): LocalSignInMessages {
  return {
    required: words.nameRequired,
    tooLong: words.nameTooLong(DISPLAY_NAME_MAX),
    characters: words.nameCharacters,
  };
}

export function localSignInSchema(messages: LocalSignInMessages) {
  return z.object({
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, messages.required),
        z.maxLength(DISPLAY_NAME_MAX, messages.tooLong),
        z.regex(/^[\p{L}\p{N}][\p{L}\p{N} .'’-]*$/u, messages.characters),
      ),
  });
}

export type LocalSignInValues = z.infer<ReturnType<typeof localSignInSchema>>;

/** One machine's local user: the same name is the same person (the point: two browsers). */
export function localUserId(name: string): string {
  return `local:${name.trim().toLowerCase().replace(/\s+/g, " ")}`;
}
