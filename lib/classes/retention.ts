import { env } from "@/lib/env";

/** Days a class's data is kept after it closes (CLASS_RETENTION_DAYS, default 180; see lib/env). */
export function classRetentionDays(): number {
  return env().classRetentionDays;
}
