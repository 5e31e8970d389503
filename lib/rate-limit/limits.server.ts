import "server-only";
import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import { requestClientNetwork } from "@/lib/security/client-address.server";
import { checkLimits, type LimitCheck, type Limited } from "./check-limits.server";
import type { RateLimitPort } from "./rate-limit-port";
import { RULES } from "./rules";

/**
 * The rate limits of every write, counted in the store so they hold across instances. Keys
 * are HMACs under the deployment's `secret` first: a plain hash of an IPv4 address can be
 * reversed by trying all 2^32, an HMAC cannot without the secret, so what the store keeps is
 * never an address (as /privacy says).
 */
export function limitsService(counters: RateLimitPort, secret: () => string) {
  const ip = async () => requestClientNetwork(await headers());
  const limit = (checks: LimitCheck[]): Promise<Limited | undefined> => {
    const keyed = (key: string) => createHmac("sha256", secret()).update(key).digest("base64url");
    return checkLimits(
      counters,
      checks.map((check) => ({ ...check, key: keyed(check.key) })),
    );
  };
  return {
    /** A quiz submission: per person (anonymous id or user) and per network. */
    async submission(subjectId: string) {
      return limit([
        { rule: RULES.submitPerSubject, key: subjectId },
        { rule: RULES.submitPerIp, key: await ip() },
      ]);
    },
    classCreation: (teacherId: string) =>
      limit([{ rule: RULES.createClassPerTeacher, key: teacherId }]),
    quizExport: (teacherId: string) => limit([{ rule: RULES.exportPerTeacher, key: teacherId }]),
    async join(code: string) {
      return limit([{ rule: RULES.joinPerClassAndIp, key: `${code}:${await ip()}` }]);
    },
    async signIn(requestHeaders?: Headers) {
      const address = requestHeaders ? requestClientNetwork(requestHeaders) : await ip();
      return limit([{ rule: RULES.signInPerIp, key: address }]);
    },
    /**
     * Class-code guessing: `peek` before the lookup (a network over the limit learns nothing,
     * not even that a code exists), count after a miss. A store error lets the reader through.
     */
    async unknownClassGuard() {
      const check: LimitCheck = { rule: RULES.unknownClassPerIp, key: await ip() };
      return {
        limited: await limit([{ ...check, peek: true }]),
        miss: () => limit([check]),
      };
    },
  };
}
