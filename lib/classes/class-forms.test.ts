import { describe, expect, it } from "vitest";
import { normalizeCode, newClassCode } from "./class-code.server";
import { closesAtFrom, createClassSchema, joinSchema } from "./class-forms";
import { nicknameKey, withSuffix } from "./nickname.server";

describe("class forms", () => {
  it("accepts nicknames of 1–24 letters, digits, spaces and simple punctuation, trimmed", () => {
    for (const ok of ["Sam", "  Zoë B.  ", "O'Neil-2", "李雷", "Ana, 10B!"]) {
      expect(joinSchema.safeParse({ nickname: ok }).success, ok).toBe(true);
    }
    expect(joinSchema.parse({ nickname: "  Sam  " })).toEqual({ nickname: "Sam" });
    // Typed with a separate accent mark: accepted, stored composed, one key with "Zoë".
    const decomposed = joinSchema.parse({ nickname: "Zoe\u0308" }).nickname;
    expect(decomposed).toBe("Zo\u00eb");
    expect(nicknameKey("Zoe\u0308")).toBe(nicknameKey("Zo\u00eb"));
    // Scripts whose vowel signs are marks with no precomposed form.
    for (const ok of ["दीपिका", "สมชาย"]) {
      expect(joinSchema.safeParse({ nickname: ok }).success, ok).toBe(true);
    }
    expect(joinSchema.safeParse({ nickname: "\u0301Sam" }).success).toBe(false);
    for (const bad of ["", "   ", "x".repeat(25), "<b>hi</b>", "=SUM(A1)", "-Sam", "a\nb"]) {
      expect(joinSchema.safeParse({ nickname: bad }).success, bad).toBe(false);
    }
  });

  it("checks the create form and turns a local close time into an instant", () => {
    const base = { title: " 10B ", slug: "some-briefing", feedback: "immediate" };
    expect(createClassSchema.parse(base)).toMatchObject({ title: "10B" });
    expect(createClassSchema.safeParse({ ...base, feedback: "never" }).success).toBe(false);
    expect(createClassSchema.safeParse({ ...base, title: "" }).success).toBe(false);
    expect(createClassSchema.safeParse({ ...base, closesAt: "tomorrow" }).success).toBe(false);
    // 09:00 in a browser one hour ahead of UTC (offset -60) is 08:00 UTC.
    const values = createClassSchema.parse({
      ...base,
      closesAt: "2026-12-01T09:00",
      timezoneOffset: "-60",
    });
    expect(closesAtFrom(values)).toBe(Date.UTC(2026, 11, 1, 8));
    expect(closesAtFrom(createClassSchema.parse({ ...base, closesAt: "" }))).toBeUndefined();
  });

  it("draws codes from the unambiguous alphabet and reads typed codes leniently", () => {
    for (let i = 0; i < 200; i++) expect(newClassCode()).toMatch(/^[A-HJ-KMNP-Z2-9]{6}$/);
    expect(normalizeCode(" k7m2qx ")).toBe("K7M2QX");
    expect(normalizeCode("K7M2Q0")).toBeUndefined();
    expect(normalizeCode("../etc")).toBeUndefined();
  });

  it("compares nicknames by what they look like: no case, accents, spacing or look-alikes", () => {
    expect(nicknameKey("  ZOË   B ")).toBe("zoe b");
    // A Cyrillic С beside a Latin Carol: one name in a class.
    expect(nicknameKey("\u0421arol")).toBe(nicknameKey("Carol"));
    expect(nicknameKey("Ｃａｒｏｌ")).toBe(nicknameKey("carol"));
    expect(withSuffix("Sam", 1)).toBe("Sam");
    expect(withSuffix("Sam", 3)).toBe("Sam (3)");
  });
});
