import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinSchema } from "./class-forms";
import { isUnkindNickname } from "./kind-nickname.server";

/** A corpus file: one name a line, `#` lines are comments. */
const corpus = (file: string) =>
  readFileSync(`test/fixtures/nicknames/${file}`, "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"));

/** What a join does with a name: the schema first (invisible characters out), then the list. */
function refused(name: string): boolean {
  const parsed = joinSchema.safeParse({ nickname: name });
  return !parsed.success || isUnkindNickname(parsed.data.nickname);
}

const REAL = corpus("real-names.txt");
const UNKIND = corpus("unkind.txt");

describe("nicknames are judged on what they look like", () => {
  it(`refuses every name of the unkind corpus (${UNKIND.length}), however disguised`, () => {
    expect(UNKIND.filter((name) => !refused(name))).toEqual([]);
  });

  it(`accepts every real name of the many-language corpus (${REAL.length})`, () => {
    expect(REAL.filter(refused)).toEqual([]);
  });

  it("a real name the list would catch passes only as a whole word", () => {
    expect(isUnkindNickname("Dick")).toBe(false);
    expect(isUnkindNickname("Dikshit")).toBe(false);
    expect(isUnkindNickname("dickhead")).toBe(true);
    expect(isUnkindNickname("shit")).toBe(true);
  });

  it("joins only single letters spelled out, never whole words", () => {
    // "Ana Lisa" is not "analisa" read as a rude word plus letters; "a n a l" is.
    expect(isUnkindNickname("Ana Lisa")).toBe(false);
    expect(isUnkindNickname("a n a l")).toBe(true);
  });
});

// Generated disguises of a word the list holds: whatever is slipped between or onto its
// letters, the judgement holds.
const RUDE = ["fuck", "shit", "bitch", "cunt"];
const disguise = fc.oneof(
  fc.constantFrom("\u200b", "\u200c", "\u200d", "\u034f", "\u2060", "\ufeff", "\u00ad"),
  fc.constantFrom("\u0336", "\u0337", "\u0338", "\u0335", "\u0334"),
);
const lookAlike: Record<string, string[]> = {
  a: ["а", "ɑ", "ａ"],
  c: ["с", "ϲ", "ｃ"],
  i: ["і", "ｉ", "ı"],
  k: ["к", "ｋ"],
  s: ["ѕ", "ｓ"],
  t: ["т", "ｔ"],
  u: ["υ", "ｕ", "ս"],
  h: ["һ", "ｈ"],
  b: ["Ь", "ｂ"],
  f: ["ｆ"],
  n: ["ｎ"],
};

describe("nicknames (properties over generated Unicode)", () => {
  it("a rude word stays refused with invisible characters or strike-through marks in it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RUDE),
        fc.array(disguise, { minLength: 4, maxLength: 4 }),
        (word, marks) => {
          const hidden = [...word].map((ch, i) => ch + (marks[i] ?? "")).join("");
          expect(refused(hidden), JSON.stringify(hidden)).toBe(true);
        },
      ),
    );
  });

  it("a rude word stays refused spelled with look-alike letters from other scripts", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RUDE), fc.infiniteStream(fc.nat()), (word, picks) => {
        const it = picks[Symbol.iterator]();
        const swapped = [...word]
          .map((ch) => {
            const options = lookAlike[ch];
            const n = it.next().value as number;
            return options && n % 2 ? options[n % options.length] : ch;
          })
          .join("");
        expect(refused(swapped), JSON.stringify(swapped)).toBe(true);
      }),
    );
  });

  it("a name that shows nothing, or a letter under a stack of marks, is refused by the form", () => {
    const invisible = fc.string({
      unit: fc.constantFrom(
        " ",
        "\u3164",
        "\u115f",
        "\u1160",
        "\uffa0",
        "\u200b",
        "\u2060",
        "\u034f",
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(invisible, (name) => {
        expect(joinSchema.safeParse({ nickname: name }).success).toBe(false);
      }),
    );
    // Five or more combining marks (not U+034F, the grapheme joiner, which is invisible and
    // taken out): one may compose with the letter (Z + caron is Ž), three still stack.
    const zalgo = fc.array(
      fc.integer({ min: 0x300, max: 0x36f }).filter((c) => c !== 0x34f),
      { minLength: 5, maxLength: 30 },
    );
    fc.assert(
      fc.property(zalgo, (marks) => {
        const name = `Z${String.fromCodePoint(...marks)}algo`;
        expect(joinSchema.safeParse({ nickname: name }).success).toBe(false);
      }),
    );
  });

  it("never throws, whatever the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (name) => {
        expect(typeof isUnkindNickname(name)).toBe("boolean");
      }),
    );
  });
});
