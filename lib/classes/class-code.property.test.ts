import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { garbageString } from "@/test/support/arbitraries";
import { newClassCode, normalizeCode } from "./class-code.server";
import { CODE_ALPHABET, CODE_PATTERN } from "../links/class-code-pattern";

const code = fc
  .array(fc.constantFrom(...CODE_ALPHABET), { minLength: 6, maxLength: 6 })
  .map((c) => c.join(""));
const space = fc.constantFrom("", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\ufeff");

describe("normalizeCode", () => {
  it("reads any valid code however it was typed: case and surrounding whitespace", () => {
    fc.assert(
      fc.property(
        code,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        space,
        space,
        (c, lower, before, after) => {
          const typed = [...c].map((ch, i) => (lower[i] ? ch.toLowerCase() : ch)).join("");
          expect(normalizeCode(`${before}${typed}${after}`)).toBe(c);
        },
      ),
    );
  });

  // The code goes into store keys and a redirect (`/c/${code}`): only the pattern may pass.
  it("never throws, and returns a code of the pattern or nothing", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          garbageString,
          code.chain((c) =>
            fc
              .tuple(
                fc.nat(6),
                fc.constantFrom("0", "O", "1", "I", "L", "/", ".", "%", "-", "é", " "),
              )
              .map(([at, bad]) => c.slice(0, at) + bad + c.slice(at)),
          ),
          code.map((c) => c.slice(1)),
        ),
        (value) => {
          const out = normalizeCode(value);
          if (out === undefined) return;
          expect(out).toMatch(CODE_PATTERN);
          expect(normalizeCode(out)).toBe(out);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("newClassCode", () => {
  it("always draws a code its own normalizer reads back unchanged", () => {
    for (let i = 0; i < 500; i++) {
      const c = newClassCode();
      expect(c).toMatch(CODE_PATTERN);
      expect(normalizeCode(c)).toBe(c);
    }
  });
});
