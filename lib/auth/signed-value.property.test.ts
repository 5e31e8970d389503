import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { garbageString } from "@/test/support/arbitraries";
import { sign, verify } from "./signed-value.server";

const value = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
  fc.uuid().map((u) => `anon:${u}`),
  fc.constantFrom(".", "a.b", "..", "a."),
);
const secret = fc.string({ unit: "binary", minLength: 1, maxLength: 80 });
/** HMAC pads a short key with zero bytes, so "k" and "k\0" are the same key by design. */
const sameKey = (a: string, b: string) => a.replace(/\0+$/, "") === b.replace(/\0+$/, "");

describe("sign / verify", () => {
  it("round-trips any non-empty value with the same secret", () => {
    fc.assert(
      fc.property(value, secret, (v, s) => {
        expect(verify(sign(v, s), s)).toBe(v);
      }),
    );
  });

  // sign("") gives ".<mac>", which verify refuses (no value before the dot): fail-closed, and
  // the app never signs an empty value.
  it("never verifies an empty value", () => {
    fc.assert(
      fc.property(secret, (s) => {
        expect(verify(sign("", s), s)).toBeUndefined();
      }),
    );
  });

  it("fails with any other secret", () => {
    fc.assert(
      fc.property(value, secret, secret, (v, s, other) => {
        fc.pre(!sameKey(s, other));
        expect(verify(sign(v, s), other)).toBeUndefined();
      }),
    );
  });

  it("fails after any single-character change, insertion or deletion anywhere", () => {
    const tamper = fc.tuple(value, secret).chain(([v, s]) => {
      const signed = sign(v, s);
      return fc.tuple(
        fc.constant(v),
        fc.constant(s),
        fc.constant(signed),
        fc.nat(signed.length - 1),
        fc.constantFrom("replace", "insert", "delete"),
        fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      );
    });
    fc.assert(
      fc.property(tamper, ([, s, signed, at, kind, ch]) => {
        const tampered =
          kind === "replace"
            ? signed.slice(0, at) + ch + signed.slice(at + 1)
            : kind === "insert"
              ? signed.slice(0, at) + ch + signed.slice(at)
              : signed.slice(0, at) + signed.slice(at + 1);
        fc.pre(tampered !== signed);
        expect(verify(tampered, s)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on garbage and accepts none of it", () => {
    fc.assert(
      fc.property(fc.oneof(garbageString, fc.constant(undefined)), secret, (raw, s) => {
        const out = verify(raw, s);
        // Only a string that is exactly sign(out) could pass.
        if (out !== undefined) expect(raw).toBe(sign(out, s));
      }),
    );
  });
});
