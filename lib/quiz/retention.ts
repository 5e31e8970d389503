import { env } from "@/lib/env";

/**
 * Days a subject's progress (attempts, class links) is kept after its last activity
 * (ATTEMPT_RETENTION_DAYS, default 365; see lib/env).
 */
export function attemptRetentionDays(): number {
  return env().attemptRetentionDays;
}
