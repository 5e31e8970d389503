import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/security/client-ip";
import { getStore } from "@/lib/store";
import { checkLimits, type LimitCheck, type Limited } from "./limit";
import { RULES } from "./rules";

async function ip(): Promise<string> {
  return clientIp(await headers());
}

/** A quiz submission: per person (anonymous id or user) and per network. */
export async function limitSubmission(subjectId: string): Promise<Limited | undefined> {
  return checkLimits(getStore(), [
    { rule: RULES.submitPerSubject, key: subjectId },
    { rule: RULES.submitPerIp, key: await ip() },
  ]);
}

export async function limitClassCreation(teacherId: string): Promise<Limited | undefined> {
  return checkLimits(getStore(), [{ rule: RULES.createClassPerTeacher, key: teacherId }]);
}

export async function limitJoin(code: string): Promise<Limited | undefined> {
  return checkLimits(getStore(), [{ rule: RULES.joinPerClassAndIp, key: `${code}:${await ip()}` }]);
}

export async function limitSignIn(requestHeaders?: Headers): Promise<Limited | undefined> {
  const address = requestHeaders ? clientIp(requestHeaders) : await ip();
  return checkLimits(getStore(), [{ rule: RULES.signInPerIp, key: address }]);
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
    limited: await checkLimits(getStore(), [{ ...check, peek: true }]),
    miss: () => checkLimits(getStore(), [check]),
  };
}
