import "server-only";
import { env } from "@/lib/env";
import { attemptRetentionDays } from "@/lib/quiz/retention";
import { getStore } from "@/lib/store";

/**
 * One retention run over everything stored (`npm run store:retention`): what is past
 * ATTEMPT_RETENTION_DAYS is deleted and, in KV, data from before retention existed is dated
 * (Store.applyRetention). Returns the lines to print, naming the store it ran on.
 */
export async function applyRetentionNow(now = Date.now()): Promise<string[]> {
  const { removed, dated, claims } = await getStore().applyRetention(now);
  return [
    `[retention] ${env().kv ? "Vercel KV" : "embedded SQLite"}, ${attemptRetentionDays()} days after last activity`,
    `[retention] ${removed} subject(s) past it deleted; ${dated} subject(s) and ${claims} attempt claim(s) without an expiry given one`,
  ];
}
