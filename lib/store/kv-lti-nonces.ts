import "server-only";
import type { LtiNoncePort } from "@/lib/lti/lti-nonce-port";
import type { KvClient } from "./kv-client";

export function kvLtiNonceOps(kv: KvClient, prefix: string): LtiNoncePort {
  return {
    async useLtiNonce(key, expiresAt, now) {
      // SET NX: only the first writer of a live key succeeds; Redis expires it itself.
      const set = await kv.set(`${prefix}lti-nonce:${key}`, "1", {
        nx: true,
        px: Math.max(1, expiresAt - now),
      });
      return set === "OK";
    },
  };
}
