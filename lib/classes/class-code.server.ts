import { randomInt } from "node:crypto";
import { CODE_ALPHABET, CODE_PATTERN } from "../links/class-code-pattern";

export function newClassCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** What a student typed or a link carried, as a code if it can be one. */
export function normalizeCode(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 100) return undefined;
  const code = value.trim().toUpperCase();
  return CODE_PATTERN.test(code) ? code : undefined;
}
