import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createSqliteStore } from "@/lib/store/sqlite-store";
import { tempDir } from "@/test/temp-dir";
import { checkLimits, waitText } from "./check-limits.server";
import type { RateRule } from "./rules";

const rule = (overrides: Partial<RateRule> = {}): RateRule => ({
  name: "test",
  limit: 2,
  windowMs: 60_000,
  onStoreError: "refuse",
  message: "Slow down.",
  ...overrides,
});
const T0 = 1_000 * 60_000;
const failing = {
  hitRateLimit: () => Promise.reject(new Error("store down")),
};

describe("checkLimits", () => {
  it("lets the limit through, then refuses with the wait in words and in seconds", async () => {
    const store = createSqliteStore(path.join(tempDir("limits"), "db.sqlite"));
    const checks = [{ rule: rule(), key: "203.0.113.9" }];
    expect(await checkLimits(store, checks, T0)).toBeUndefined();
    expect(await checkLimits(store, checks, T0)).toBeUndefined();
    expect(await checkLimits(store, checks, T0)).toEqual({
      message: "Slow down. Try again in 1 minute.",
      retryAfterSeconds: 61,
    });
    await store.close();
  });

  it("reports the first refusing check when several apply", async () => {
    const store = createSqliteStore(path.join(tempDir("limits"), "db.sqlite"));
    const tight = rule({ name: "tight", limit: 1, message: "Tight." });
    const loose = rule({ name: "loose", limit: 100, message: "Loose." });
    const checks = [
      { rule: loose, key: "a" },
      { rule: tight, key: "a" },
    ];
    await checkLimits(store, checks, T0);
    expect((await checkLimits(store, checks, T0))?.message).toMatch(/^Tight\./);
    await store.close();
  });

  it("peeking never counts", async () => {
    const store = createSqliteStore(path.join(tempDir("limits"), "db.sqlite"));
    for (let i = 0; i < 5; i++) {
      expect(
        await checkLimits(store, [{ rule: rule(), key: "k", peek: true }], T0),
      ).toBeUndefined();
    }
    await store.close();
  });

  it("hashes keys: no address reaches the store in the clear", async () => {
    const hit = vi.fn().mockResolvedValue({ allowed: true, retryAfterMs: 0 });
    await checkLimits({ hitRateLimit: hit }, [{ rule: rule(), key: "203.0.113.9" }], T0);
    const key = hit.mock.calls[0]![0] as string;
    expect(key).toMatch(/^test:[\w-]{24}$/);
    expect(key).not.toContain("203.0.113.9");
  });

  it("store down: writes are refused (with a short wait), reads go through", async () => {
    const refused = await checkLimits(failing, [{ rule: rule(), key: "k" }], T0);
    expect(refused?.message).toMatch(/could not check/);
    expect(refused?.retryAfterSeconds).toBe(10);
    expect(refused?.unavailable).toBe(true);
    const read = rule({ onStoreError: "allow" });
    expect(await checkLimits(failing, [{ rule: read, key: "k" }], T0)).toBeUndefined();
  });
});

describe("waitText", () => {
  it("reads as a person would say it", () => {
    expect(waitText(1)).toBe("1 second");
    expect(waitText(40)).toBe("40 seconds");
    expect(waitText(60)).toBe("1 minute");
    expect(waitText(61)).toBe("1 minute");
    expect(waitText(90)).toBe("2 minutes");
  });
});
