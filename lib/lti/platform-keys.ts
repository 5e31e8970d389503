import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";
import type { Platform } from "@/lib/env/lti-platforms";

// A platform's public keys, fetched from its JWKS URL and kept: jose looks a launch's `kid`
// up in what it holds, and fetches the set again when the `kid` is unknown (the platform
// rotated its keys), at most once per cooldown so a flood of made-up kids cannot make us
// hammer the LMS. One set per URL, shared by every launch this instance serves.

type Options = { cooldownMs: number; maxAgeMs: number; timeoutMs: number };

const DEFAULTS: Options = { cooldownMs: 30_000, maxAgeMs: 10 * 60_000, timeoutMs: 5_000 };
const sets = new Map<string, JWTVerifyGetKey>();

export function platformKeys(platform: Platform, options: Options = DEFAULTS): JWTVerifyGetKey {
  const key = `${platform.jwksUrl}\u0000${options.cooldownMs}`;
  let set = sets.get(key);
  if (!set) {
    set = createRemoteJWKSet(new URL(platform.jwksUrl), {
      cooldownDuration: options.cooldownMs,
      cacheMaxAge: options.maxAgeMs,
      timeoutDuration: options.timeoutMs,
    });
    sets.set(key, set);
  }
  return set;
}
