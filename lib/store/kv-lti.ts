import "server-only";
import type { LtiPort } from "@/lib/lti/lti-port";
import type { KvClient } from "./kv-client";

// Point the link at the new code when it is unset or still the stale one; answer where it
// points. One script, so two first launches cannot both win.
const CLAIM = `
local current = redis.call('GET', KEYS[1])
if (not current) or (ARGV[2] ~= '' and current == ARGV[2]) then
  redis.call('SET', KEYS[1], ARGV[1])
  return ARGV[1]
end
return current
`;

export function kvLtiOps(kv: KvClient, prefix: string): LtiPort {
  const link = (key: string) => `${prefix}lti-link:${key}`;
  return {
    async useLtiNonce(key, expiresAt, now) {
      // SET NX: only the first writer of a live key succeeds; Redis expires it itself.
      const set = await kv.set(`${prefix}lti-nonce:${key}`, "1", {
        nx: true,
        px: Math.max(1, expiresAt - now),
      });
      return set === "OK";
    },
    async ltiClassCode(key) {
      return (await kv.get<string>(link(key))) ?? undefined;
    },
    async claimLtiClass(key, code, stale) {
      return kv.eval<string[], string>(CLAIM, [link(key)], [code, stale ?? ""]);
    },
  };
}
