import { describe, expect, it } from "vitest";
import type { LtiNoncePort } from "@/lib/lti/lti-nonce-port";
import type { MakeStore } from "./each-fresh";

const T0 = 1_800_000_000_000;
const MINUTE = 60_000;

/** The LTI nonce half of the port, run against each adapter. */
export function ltiNonceContract(name: string, makeStore: MakeStore<LtiNoncePort>) {
  describe(`LTI nonce contract: ${name}`, () => {
    it("takes a nonce once, refuses it again while it lives, and keeps nonces apart", async () => {
      const store = await makeStore();
      const key = `https://lms.example\u0000${crypto.randomUUID()}`;
      expect(await store.useLtiNonce(key, T0 + 10 * MINUTE, T0)).toBe(true);
      expect(await store.useLtiNonce(key, T0 + 10 * MINUTE, T0 + MINUTE)).toBe(false);
      expect(await store.useLtiNonce(`${key}-other`, T0 + 10 * MINUTE, T0)).toBe(true);
      await store.close();
    });

    it("of many launches with one nonce at once, exactly one gets in", async () => {
      const store = await makeStore();
      const key = `https://lms.example\u0000${crypto.randomUUID()}`;
      const results = await Promise.all(
        Array.from({ length: 20 }, () => store.useLtiNonce(key, T0 + MINUTE, T0)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      await store.close();
    });
  });
}
