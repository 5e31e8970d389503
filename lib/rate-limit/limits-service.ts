import "server-only";
import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { clientIp } from "@/lib/security/client-ip";
import { getStore } from "@/lib/store";
import { checkLimits, type LimitCheck, type Limited } from "./limit";
import { RULES } from "./rules";

async function ip(): Promise<string> {
  return clientIp(await headers());
}

/**
 * Counts the checks with their keys keyed by the deployment's secret first: a plain hash of
 * an IPv4 address can be reversed by trying all 2^32, an HMAC cannot without the secret, so
 * what the store keeps is never an address (as /privacy says).
 */
function limit(checks: LimitCheck[]): Promise<Limited | undefined> {
  const keyed = (key: string) => createHmac("sha256", authSecret()).update(key).digest("base64url");
  return checkLimits(
    getStore(),
    checks.map((check) => ({ ...check, key: keyed(check.key) })),
  );
}

/** A quiz submission: per person (anonymous id or user) and per network. */
export async function limitSubmission(subjectId: string): Promise<Limited | undefined> {
  return limit([
    { rule: RULES.submitPerSubject, key: subjectId },
    { rule: RULES.submitPerIp, key: await ip() },
  ]);
}

export async function limitClassCreation(teacherId: string): Promise<Limited | undefined> {
  return limit([{ rule: RULES.createClassPerTeacher, key: teacherId }]);
}

export async function limitJoin(code: string): Promise<Limited | undefined> {
  return limit([{ rule: RULES.joinPerClassAndIp, key: `${code}:${await ip()}` }]);
}

export async function limitSignIn(requestHeaders?: Headers): Promise<Limited | undefined> {
  const address = requestHeaders ? clientIp(requestHeaders) : await ip();
  return limit([{ rule: RULES.signInPerIp, key: address }]);
}

/**
 * Class-code guessing: `peek` before the lookup (a network over the limit learns nothing,
 * not even that a code exists), count after a miss. A store error lets the reader through.
 */
export async function unknownClassGuard(): Promise<{
  limited: Limited | undefined;
  miss: () => Promise<Limited | undefined>;
}> {
  const check: LimitCheck = { rule: RULES.unknownClassPerIp, key: await ip() };
  return {
    limited: await limit([{ ...check, peek: true }]),
    miss: () => limit([check]),
  };
}
