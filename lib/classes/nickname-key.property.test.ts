import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nicknameKey, withSuffix } from "./nickname.server";

const word = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 8 })
  .filter((w) => !/\s/.test(w));
const gap = fc.constantFrom(" ", "  ", "\t", " \n ", "\u00a0", "\u3000");

describe("nicknameKey", () => {
  it("is a fixed point: a key is its own key", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        expect(nicknameKey(nicknameKey(s))).toBe(nicknameKey(s));
      }),
    );
  });

  it("has no leading, trailing or repeated whitespace", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const key = nicknameKey(s);
        expect(key).toBe(key.trim());
        expect(key).not.toMatch(/\s\s/);
        expect(key).not.toMatch(/[^\S ]/); // the only whitespace left is a plain space
      }),
    );
  });

  it("ignores spacing and ASCII case: the same words make the same key", () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.array(gap, { minLength: 5, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        (words, gaps, upper) => {
          const spaced = gaps[0] + words.map((w, i) => w + gaps[i + 1]).join("");
          const shouted = [...words.join(" ")]
            .map((ch, i) => (upper[i % upper.length] && /[a-z]/.test(ch) ? ch.toUpperCase() : ch))
            .join("");
          expect(nicknameKey(spaced)).toBe(nicknameKey(shouted));
        },
      ),
    );
  });

  it("folds a capital that has no precomposed form with its mark (found by the property above)", () => {
    // "H" + U+0331 stays decomposed under NFC; its lower case composes to U+1E96 "ẖ".
    expect(nicknameKey("!!H\u0331!")).toBe(nicknameKey("!!\u1e96!"));
  });

  it("keeps different words apart", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        fc.pre(a.toLocaleLowerCase("en") !== b.toLocaleLowerCase("en"));
        expect(nicknameKey(a)).not.toBe(nicknameKey(b));
      }),
    );
  });
});

describe("withSuffix", () => {
  it("leaves the first as is and marks every later one visibly and distinctly", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), fc.integer({ min: 2, max: 10_000 }), (nick, n) => {
        expect(withSuffix(nick, 1)).toBe(nick);
        expect(withSuffix(nick, n)).toBe(`${nick} (${n})`);
        expect(withSuffix(nick, n)).not.toBe(withSuffix(nick, n + 1));
        expect(nicknameKey(withSuffix(nick, n))).not.toBe(nicknameKey(nick));
      }),
    );
  });
});
