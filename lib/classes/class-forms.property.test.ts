import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyValue, garbageString } from "@/test/support/arbitraries";
import {
  closesAtFrom,
  createClassSchema,
  joinSchema,
  NICKNAME_MAX,
  TITLE_MAX,
} from "./class-forms";

const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Letters and digits of any script, some written with combining marks (e + ◌́, Devanagari
 * कि); the rest of a nickname may add spaces and . , ' ’ ! ? _ -
 */
const letterOrDigit = fc.constantFrom(
  "a",
  "Z",
  "é",
  "e\u0301",
  "कि",
  "ß",
  "李",
  "Ж",
  "ع",
  "7",
  "٣",
  "Ω",
);
const nicknameArb = fc
  .tuple(
    letterOrDigit,
    fc.array(
      fc.oneof(letterOrDigit, fc.constantFrom(" ", ".", ",", "'", "’", "!", "?", "_", "-")),
      {
        maxLength: NICKNAME_MAX - 1,
      },
    ),
  )
  .map(([first, rest]) => (first + rest.join("")).trimEnd());
const padding = fc.constantFrom("", " ", "  ", "\t", "\n", "\u00a0", "\u3000");

describe("joinSchema", () => {
  it("accepts any nickname of allowed characters, trimmed, and returns just the nickname", () => {
    fc.assert(
      fc.property(
        nicknameArb,
        padding,
        padding,
        fc.dictionary(fc.string(), anyValue),
        (nick, before, after, extra) => {
          fc.pre(!("nickname" in extra));
          const result = joinSchema.safeParse({ ...extra, nickname: `${before}${nick}${after}` });
          expect(result.success).toBe(true);
          // Mass assignment: joinSchema is a plain (stripping) object, so extra keys are dropped.
          expect(result.data).toStrictEqual({ nickname: nick.normalize("NFC") });
        },
      ),
    );
  });

  it("accepts nothing that is not a short nickname starting with a letter or digit", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          garbageString,
          fc.string({ unit: "grapheme", maxLength: 30 }),
          nicknameArb.chain((n) =>
            fc
              .tuple(
                fc.nat(n.length),
                fc.constantFrom(
                  "<",
                  ">",
                  "=",
                  "\n",
                  "\u0000",
                  "\u202e",
                  "\u0301",
                  '"',
                  ";",
                  "/",
                  "\\",
                ),
              )
              .map(([at, bad]) => n.slice(0, at) + bad + n.slice(at)),
          ),
          nicknameArb.map((n) => n.padEnd(NICKNAME_MAX + 1, "x")),
        ),
        (nickname) => {
          const result = joinSchema.safeParse({ nickname });
          if (!result.success) return;
          const out = result.data.nickname;
          // Invisible characters (a right-to-left override, a zero-width joiner) are taken out.
          const visible = nickname.replace(/\p{Default_Ignorable_Code_Point}/gu, "");
          expect(out).toBe(visible.normalize("NFC").trim());
          expect(out).not.toMatch(/\p{Default_Ignorable_Code_Point}/u);
          expect(out.length).toBeGreaterThanOrEqual(1);
          expect(out.length).toBeLessThanOrEqual(NICKNAME_MAX);
          expect(out).toMatch(/^[\p{L}\p{N}]/u);
          expect(out).not.toMatch(CONTROL);
          expect(out).not.toMatch(/[<>="\\/;&]/);
          expect(out).not.toMatch(FORMULA_START);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws, and rejects anything that is not an object with a string nickname", () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        const result = joinSchema.safeParse(input);
        const nickname = (input as { nickname?: unknown } | null)?.nickname;
        if (typeof nickname !== "string") expect(result.success).toBe(false);
      }),
    );
  });
});

const localDateTime = fc
  .date({
    min: new Date("2000-01-01T00:00Z"),
    max: new Date("2099-12-31T23:59Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 16));
const offset = fc.integer({ min: -840, max: 720 }).map(String);
const validCreate = fc.record(
  {
    title: fc.string({ minLength: 1, maxLength: TITLE_MAX }).filter((t) => t.trim().length > 0),
    slug: fc.stringMatching(/^[a-z0-9-]{1,80}$/),
    feedback: fc.constantFrom("immediate", "after-close"),
    closesAt: fc.oneof(fc.constant(""), localDateTime),
    timezoneOffset: offset,
  },
  { requiredKeys: ["title", "slug", "feedback"] },
);

describe("createClassSchema", () => {
  it("accepts every valid form, trims the title, and drops fields it does not know", () => {
    fc.assert(
      fc.property(
        validCreate,
        fc.dictionary(fc.string(), anyValue, { maxKeys: 3 }),
        (values, extra) => {
          fc.pre(
            Object.keys(extra).every(
              (k) => !(k in values) && !["closesAt", "timezoneOffset"].includes(k),
            ),
          );
          const result = createClassSchema.safeParse({ ...extra, ...values });
          expect(result.success).toBe(true);
          // Mass assignment (ownerId, code, createdAt…): dropped, never passed on.
          expect(result.data).toStrictEqual({ ...values, title: values.title.trim() });
        },
      ),
    );
  });

  it("never throws, and whatever it accepts satisfies every rule", () => {
    const field = (valid: fc.Arbitrary<unknown>) =>
      fc.oneof({ weight: 3, arbitrary: valid }, garbageString, anyValue);
    fc.assert(
      fc.property(
        fc.record(
          {
            title: field(fc.string({ maxLength: 90 })),
            slug: field(fc.stringMatching(/^[a-z0-9-]{0,82}$/)),
            feedback: field(fc.constantFrom("immediate", "after-close", "never", "IMMEDIATE")),
            closesAt: field(
              fc.oneof(localDateTime, fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)),
            ),
            timezoneOffset: field(fc.stringMatching(/^-?\d{1,5}$/)),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const result = createClassSchema.safeParse(input);
          if (!result.success) return;
          const v = result.data;
          expect(v.title.length).toBeGreaterThanOrEqual(1);
          expect(v.title.length).toBeLessThanOrEqual(TITLE_MAX);
          expect(v.title).toBe(v.title.trim());
          expect(v.slug).toMatch(/^[a-z0-9-]{1,80}$/);
          expect(["immediate", "after-close"]).toContain(v.feedback);
          if (v.closesAt) expect(v.closesAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("closesAtFrom", () => {
  it("turns the teacher's local time and offset into the instant they meant", () => {
    fc.assert(
      fc.property(localDateTime, offset, (closesAt, timezoneOffset) => {
        const values = createClassSchema.parse({
          title: "t",
          slug: "s",
          feedback: "immediate",
          closesAt,
          timezoneOffset,
        });
        const at = closesAtFrom(values)!;
        // Back to the wall clock: the instant minus the offset reads as what was typed.
        expect(new Date(at - Number(timezoneOffset) * 60_000).toISOString().slice(0, 16)).toBe(
          closesAt,
        );
      }),
    );
  });

  it("gives no close time for an empty field", () => {
    fc.assert(
      fc.property(fc.option(offset, { nil: undefined }), (timezoneOffset) => {
        const values = createClassSchema.parse({
          title: "t",
          slug: "s",
          feedback: "immediate",
          closesAt: "",
          timezoneOffset,
        });
        expect(closesAtFrom(values)).toBeUndefined();
      }),
    );
  });

  // Whatever the schema accepts must be a real instant: createClass stores closesAt as given
  // (its "in the past?" check is false for NaN), and isOpen compares against it.
  it("gives a finite instant, on the date typed, for every close time the schema accepts", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
        offset,
        (closesAt, timezoneOffset) => {
          const parsed = createClassSchema.safeParse({
            title: "t",
            slug: "s",
            feedback: "immediate",
            closesAt,
            timezoneOffset,
          });
          if (!parsed.success) return;
          const at = closesAtFrom(parsed.data);
          expect(Number.isFinite(at)).toBe(true);
          expect(new Date(at! - Number(timezoneOffset) * 60_000).toISOString().slice(0, 16)).toBe(
            closesAt,
          );
        },
      ),
    );
  });
});
