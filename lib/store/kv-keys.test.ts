import { describe, expect, it } from "vitest";
import { kvKeys } from "./kv-keys";

describe("kvKeys", () => {
  it("finds the subject of its own subject hashes only", () => {
    const keys = kvKeys("bq:");
    expect(keys.subjectOf(keys.attempts("anon-1"))).toBe("anon-1");
    expect(keys.subjectOf(keys.links("user:github:42"))).toBe("user:github:42");
    for (const other of [
      keys.claim("a1"),
      keys.class("AAAAAA")[0],
      "bq:subject:x",
      "x:subject:a:attempts",
    ])
      expect(keys.subjectOf(other)).toBeUndefined();
  });

  it("scans its own prefix literally, even one with glob characters", () => {
    expect(kvKeys("bq:").subjectPattern).toBe("bq:subject:*");
    expect(kvKeys("a*[b]?\\:").claimPattern).toBe("a\\*\\[b\\]\\?\\\\:attempt:*");
  });
});
