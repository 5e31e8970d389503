import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "@/test/temp-dir";
import { createSqliteStore } from "./sqlite-store";
import { classContract } from "@/test/contracts/class-contract";
import { ltiContract } from "@/test/contracts/lti-contract";
import { rateLimitContract } from "@/test/contracts/rate-limit-contract";
import { RETENTION_DAYS, attempt, attemptContract } from "@/test/contracts/attempt-contract";
import { studentContract } from "@/test/contracts/student-contract";
import { subjectContract } from "@/test/contracts/subject-contract";

const DAY = 24 * 60 * 60 * 1000;
const freshFile = () => path.join(tempDir("store"), "nested", "db.sqlite");
const days = (n: number) => () => n;
const fresh = () => createSqliteStore(freshFile(), { attemptRetentionDays: days(RETENTION_DAYS) });

attemptContract("SQLite", fresh);
subjectContract("SQLite", fresh);

describe("SQLite adapter", () => {
  it("opens its file lazily, on first use, creating the folder", async () => {
    const file = freshFile();
    const store = createSqliteStore(file);
    expect(existsSync(file)).toBe(false);
    await store.listAttempts("anyone");
    expect(existsSync(file)).toBe(true);
    await store.close();
  });

  it("keeps data across reopenings of the same file", async () => {
    const file = freshFile();
    const a = attempt();
    const first = createSqliteStore(file);
    await first.recordAttempt(a);
    await first.close();
    const second = createSqliteStore(file);
    expect(await second.getAttempt(a.subjectId, a.attemptId)).toEqual(a);
    await second.close();
  });

  it("deletes the rows of subjects past retention when it opens, not only hides them", async () => {
    const file = freshFile();
    const a = attempt({ subjectId: "anon-old", createdAt: Date.now() - 20 * DAY });
    const first = createSqliteStore(file, { attemptRetentionDays: days(30) });
    await first.recordAttempt(a);
    await first.linkMembership("anon-old", { code: "AAAAAA", studentId: "s1" }, a.createdAt);
    await first.close();
    const shorter = createSqliteStore(file, { attemptRetentionDays: days(10) });
    await shorter.listAttempts("someone else");
    await shorter.close();
    const reopened = createSqliteStore(file, { attemptRetentionDays: days(30) });
    expect(await reopened.listAttempts("anon-old")).toEqual([]);
    expect(await reopened.listMemberships("anon-old")).toEqual([]);
    await reopened.close();
  });
});

classContract("SQLite", fresh);
studentContract("SQLite", fresh);
rateLimitContract("SQLite", () => createSqliteStore(freshFile()));
ltiContract("SQLite", () => createSqliteStore(freshFile()));
