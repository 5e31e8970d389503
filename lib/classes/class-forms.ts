// The class forms' schemas, each shared by react-hook-form in the browser and the server
// action. zod/mini keeps them small in the client bundle.
import * as z from "zod/mini";

export const NICKNAME_MAX = 24;
export const TITLE_MAX = 80;

/** What the join form may say about a nickname (English; a Spanish page shows messages-es.ts's). */
export const JOIN_MESSAGES = {
  empty: "Choose a nickname.",
  long: `At most ${NICKNAME_MAX} characters.`,
  characters: "Letters, digits, spaces and simple punctuation only.",
  marks: "At most two accents or marks on one letter.",
} as const;

export const joinSchema = z.object({
  nickname: z.string().check(
    // Invisible characters hide letters ("fu\u034Fck") or make a name that shows as nothing
    // (a Hangul filler, a zero-width space): they are taken out before anything is judged.
    z.overwrite((name) => name.replace(/\p{Default_Ignorable_Code_Point}/gu, "")),
    // One spelling per name: an accent typed as a separate mark (e + ◌́) becomes é.
    z.normalize("NFC"),
    z.trim(),
    z.minLength(1, JOIN_MESSAGES.empty),
    z.maxLength(NICKNAME_MAX, JOIN_MESSAGES.long),
    z.regex(
      // Marks (\p{M}) after the first letter: Devanagari, Thai, Arabic vowel signs, and
      // accents with no precomposed form.
      /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .,'’!?_-]*$/u,
      JOIN_MESSAGES.characters,
    ),
    // Real scripts put one or two marks on a letter (Vietnamese ệ decomposed, Hindi श्रृ);
    // a stack of them ("Zalgo" text) smears over the names around it.
    z.refine((name) => !/\p{M}{3}/u.test(name), JOIN_MESSAGES.marks),
  ),
});

export const createClassSchema = z.object({
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Give the class a title."),
      z.maxLength(TITLE_MAX, `At most ${TITLE_MAX} characters.`),
    ),
  slug: z.string().check(z.regex(/^[a-z0-9-]{1,80}$/, "Choose a briefing.")),
  feedback: z.enum(["immediate", "after-close"], { error: "Choose when students see answers." }),
  /** The text students start with; they can switch. Easier applies where the briefing has it. */
  level: z.optional(z.enum(["standard", "easy"], { error: "Choose a reading level." })),
  /** The language students start in; they can switch. Spanish applies where the briefing has it. */
  lang: z.optional(z.enum(["en", "es"], { error: "Choose a language." })),
  /** `datetime-local` value in the teacher's time zone, or empty; see `timezoneOffset`. */
  closesAt: z.optional(
    z.union([
      z.literal(""),
      z
        .string()
        .check(
          z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Pick a date and time."),
          z.refine(isRealDateTime, "Pick a date and time."),
        ),
    ]),
  ),
  /** Minutes, as `Date#getTimezoneOffset` gives them: the browser knows the teacher's zone. */
  timezoneOffset: z.optional(
    z.string().check(
      z.regex(/^-?\d{1,3}$/),
      // Real zones run from UTC-12 to UTC+14.
      z.refine((v) => Math.abs(Number(v)) <= 840),
    ),
  ),
});

/** "2026-02-30T09:00" or "…T25:00" match the pattern but name no moment: refused. */
function isRealDateTime(value: string): boolean {
  const ms = Date.parse(`${value}:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 16) === value;
}

export type JoinValues = z.infer<typeof joinSchema>;
export type CreateClassValues = z.input<typeof createClassSchema>;

/** The close time as an instant, from the form's local date-time and the browser's offset. */
export function closesAtFrom(values: z.infer<typeof createClassSchema>): number | undefined {
  if (!values.closesAt) return undefined;
  const asUtc = Date.parse(`${values.closesAt}:00Z`);
  return asUtc + Number(values.timezoneOffset ?? 0) * 60_000;
}
