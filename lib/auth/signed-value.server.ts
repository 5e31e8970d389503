import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

/** `<value>.<HMAC-SHA256 in base64url>`: tamper-evident, not secret. */
export function sign(value: string, secret: string): string {
  return `${value}.${mac(value, secret)}`;
}

/** The value if the signature is valid for this secret, else undefined. */
export function verify(signed: string | undefined, secret: string): string | undefined {
  if (!signed) return undefined;
  const dot = signed.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(mac(value, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined;
}

/** Anonymous subjects are prefixed so they can never collide with a signed-in user's id. */
export function newAnonymousId(): string {
  return `anon:${randomUUID()}`;
}

function mac(value: string, secret: string): string {
  return createHmac("sha256", secret).update(value).digest("base64url");
}
