import { afterEach, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env/env.server";
import { getStore } from "@/lib/services/store.server";
import { attempt } from "@/test/contracts/attempt-contract";
import { tempDir } from "@/test/temp-dir";
import { applyRetentionNow } from "./subjects.server";

const DAY = 24 * 60 * 60 * 1000;

afterEach(async () => {
  await getStore().close();
  resetEnvForTests();
});

it("runs on the store the environment names and says what it did there", async () => {
  resetEnvForTests({ DATA_DIR: tempDir("retention"), ATTEMPT_RETENTION_DAYS: "30" });
  const now = Date.now();
  await getStore().recordAttempt(attempt({ subjectId: "anon-old", createdAt: now - 31 * DAY }));
  await getStore().recordAttempt(attempt({ subjectId: "anon-new", createdAt: now - DAY }));
  expect(await applyRetentionNow(getStore(), now)).toEqual([
    "[retention] embedded SQLite, 30 days after last activity",
    "[retention] 1 subject(s) past it deleted; 0 subject(s) and 0 attempt claim(s) without an expiry given one",
  ]);
  expect(await getStore().listAttempts("anon-new")).toHaveLength(1);
});
