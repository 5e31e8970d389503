import { describe, expect, it } from "vitest";
import { newAnonymousId, sign, verify } from "./signed-value.server";

describe("signed values", () => {
  const secret = "s3cret-for-tests";

  it("round-trips a value signed with the same secret", () => {
    const id = newAnonymousId();
    expect(id).toMatch(/^anon:[0-9a-f-]{36}$/);
    expect(verify(sign(id, secret), secret)).toBe(id);
  });

  it("rejects tampering, another secret, and garbage", () => {
    const signed = sign("anon:abc", secret);
    expect(verify(signed.replace("abc", "abd"), secret)).toBeUndefined();
    expect(verify(signed, "other-secret")).toBeUndefined();
    expect(verify(`${signed}x`, secret)).toBeUndefined();
    for (const bad of [undefined, "", ".", "nodot", ".sig", "anon:abc."]) {
      expect(verify(bad, secret)).toBeUndefined();
    }
  });
});
