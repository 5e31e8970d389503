import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyValue, garbageString } from "@/test/support/arbitraries";
import { accountEn } from "@/lib/i18n/account-en";
import { accountEs } from "@/lib/i18n/account-es";
import {
  DISPLAY_NAME_MAX,
  localSignInMessages,
  localSignInSchema as schemaWith,
  localUserId,
} from "./local-sign-in-schema";

const localSignInSchema = schemaWith(localSignInMessages(accountEn.signIn));

const letterOrDigit = fc.constantFrom("a", "Q", "é", "李", "Ж", "ع", "7", "٣");
const nameArb = fc
  .tuple(
    letterOrDigit,
    fc.array(fc.oneof(letterOrDigit, fc.constantFrom(" ", ".", "'", "’", "-")), {
      maxLength: DISPLAY_NAME_MAX - 1,
    }),
  )
  .map(([first, rest]) => (first + rest.join("")).trimEnd());
const padding = fc.constantFrom("", " ", "\t", "\n", "\u00a0");

describe("localSignInSchema", () => {
  it("accepts any name of allowed characters, trimmed, and drops every other field", () => {
    fc.assert(
      fc.property(
        nameArb,
        padding,
        padding,
        fc.dictionary(fc.string(), anyValue, { maxKeys: 3 }),
        (name, a, b, extra) => {
          fc.pre(!("name" in extra));
          const result = localSignInSchema.safeParse({ ...extra, name: `${a}${name}${b}` });
          expect(result.success).toBe(true);
          // Mass assignment (id, email, role…): a plain object schema, so dropped.
          expect(result.data).toStrictEqual({ name });
        },
      ),
    );
  });

  it("never throws, and accepts only a short name starting with a letter or digit", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          garbageString,
          fc.string({ unit: "grapheme", maxLength: 45 }),
          nameArb.chain((n) =>
            fc
              .tuple(
                fc.nat(n.length),
                fc.constantFrom("<", "@", ",", "!", "_", "\n", "\u0000", "\u202e", "\u0301", ":"),
              )
              .map(([at, bad]) => n.slice(0, at) + bad + n.slice(at)),
          ),
          nameArb.map((n) => n.padEnd(DISPLAY_NAME_MAX + 1, "x")),
          anyValue,
        ),
        (name) => {
          const result = localSignInSchema.safeParse({ name });
          if (!result.success) return;
          expect(typeof name).toBe("string");
          const out = result.data.name;
          expect(out).toBe((name as string).trim());
          expect(out.length).toBeGreaterThanOrEqual(1);
          expect(out.length).toBeLessThanOrEqual(DISPLAY_NAME_MAX);
          expect(out).toMatch(/^[\p{L}\p{N}][\p{L}\p{N} .'’-]*$/u);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("localSignInSchema's messages", () => {
  it("says what is wrong in the words it is made with, English or Spanish", () => {
    for (const words of [accountEn.signIn, accountEs.signIn]) {
      const schema = schemaWith(localSignInMessages(words));
      const messageFor = (name: string) => schema.safeParse({ name }).error?.issues[0]?.message;
      expect(messageFor("   ")).toBe(words.nameRequired);
      expect(messageFor("x".repeat(DISPLAY_NAME_MAX + 1))).toBe(
        words.nameTooLong(DISPLAY_NAME_MAX),
      );
      expect(messageFor("<script>")).toBe(words.nameCharacters);
      expect(messageFor("Ana María")).toBeUndefined();
    }
    expect(localSignInMessages(accountEn.signIn)).toEqual({
      required: "Enter the name to continue as.",
      tooLong: "At most 40 characters.",
      characters: "Letters, digits, spaces and . ' - only.",
    });
  });
});

describe("localUserId", () => {
  it("is the same user for the same name, whatever the case and spacing", () => {
    fc.assert(
      fc.property(nameArb, fc.constantFrom(" ", "  ", "\t"), (name, gap) => {
        const id = localUserId(name);
        expect(id.startsWith("local:")).toBe(true);
        expect(localUserId(` ${name.toUpperCase().replace(/ /g, gap)} `)).toBe(
          localUserId(name.toUpperCase()),
        );
        expect(localUserId(name.toUpperCase())).toBe(localUserId(name.toLowerCase()));
      }),
    );
  });

  it("never collides with an anonymous id", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (name) => {
        expect(localUserId(name).startsWith("anon:")).toBe(false);
      }),
    );
  });
});
