import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyValue, garbageString } from "@/test/support/arbitraries";
import { DISPLAY_NAME_MAX, localSignInSchema, localUserId } from "./local-sign-in-schema";

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
