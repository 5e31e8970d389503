import { describe, expect, it } from "vitest";
import type { LtiPort } from "@/lib/lti/lti-port";
import type { MakeStore } from "./each-fresh";

const T0 = 1_800_000_000_000;
const MINUTE = 60_000;

/** The LTI port, run against each adapter. */
export function ltiContract(name: string, makeStore: MakeStore<LtiPort>) {
  describe(`LTI contract: ${name}`, () => {
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

    it("points a resource link at a class once, and moves it only off a stale class", async () => {
      const store = await makeStore();
      const link = `link-${crypto.randomUUID()}`;
      expect(await store.ltiClassCode(link)).toBeUndefined();
      expect(await store.claimLtiClass(link, "AAAAAA")).toBe("AAAAAA");
      // A second first launch loses to the first, and is told where the link points.
      expect(await store.claimLtiClass(link, "BBBBBB")).toBe("AAAAAA");
      // Moving off a class that is no longer the one it points at changes nothing.
      expect(await store.claimLtiClass(link, "CCCCCC", "ZZZZZZ")).toBe("AAAAAA");
      // Moving off the stale class it points at works.
      expect(await store.claimLtiClass(link, "DDDDDD", "AAAAAA")).toBe("DDDDDD");
      expect(await store.ltiClassCode(link)).toBe("DDDDDD");
      await store.close();
    });

    it("of many first launches of a link at once, all end on one class", async () => {
      const store = await makeStore();
      const link = `link-${crypto.randomUUID()}`;
      const codes = await Promise.all(
        ["AAAAAA", "BBBBBB", "CCCCCC", "DDDDDD"].map((c) => store.claimLtiClass(link, c)),
      );
      expect(new Set(codes).size).toBe(1);
      await store.close();
    });
  });
}
