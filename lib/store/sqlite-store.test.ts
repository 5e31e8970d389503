import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "@/test/temp-dir";
import { createSqliteStore } from "./sqlite-store";
import { classContract } from "@/test/contracts/class-contract";
import { rateLimitContract } from "@/test/contracts/rate-limit-contract";
import { attempt, attemptContract } from "@/test/contracts/attempt-contract";

const freshFile = () => path.join(tempDir("store"), "nested", "db.sqlite");

attemptContract("SQLite", () => createSqliteStore(freshFile()));

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
});

classContract("SQLite", () => createSqliteStore(freshFile()));
rateLimitContract("SQLite", () => createSqliteStore(freshFile()));
