import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { quizFormSchema } from "./answer-form-schema";
import { newAttemptId } from "./attempt-id";

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newAttemptId", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is a v4 uuid (what the quiz form's schema takes as attemptId)", () => {
    const schema = quizFormSchema([]);
    for (let i = 0; i < 200; i++) {
      const attemptId = newAttemptId();
      expect(attemptId).toMatch(V4);
      expect(schema.safeParse({ slug: "q", attemptId, answers: {} }).success).toBe(true);
    }
  });

  it("without randomUUID (plain http on a LAN), still a v4 uuid made from the random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        vi.stubGlobal("crypto", {
          getRandomValues: (b: Uint8Array) => (b.set(bytes), b),
        });
        const id = newAttemptId();
        expect(id).toMatch(V4);
        expect(
          quizFormSchema([]).safeParse({ slug: "q", attemptId: id, answers: {} }).success,
        ).toBe(true);
        // Every hex digit but the version nibble and the variant's two bits comes from the bytes.
        const hex = id.replace(/-/g, "");
        const fromBytes = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
        expect(hex.slice(0, 12)).toBe(fromBytes.slice(0, 12));
        expect(hex.slice(13, 16)).toBe(fromBytes.slice(13, 16));
        expect(parseInt(hex[16]!, 16) & 0x3).toBe(parseInt(fromBytes[16]!, 16) & 0x3);
        expect(hex.slice(17)).toBe(fromBytes.slice(17));
      }),
    );
  });
});
