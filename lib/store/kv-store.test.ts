import { describeWithRedis, kvStoreOn, useBridge } from "@/test/kv/kv-fixture";
import { classContract } from "@/test/contracts/class-contract";
import { rateLimitContract } from "@/test/contracts/rate-limit-contract";
import { attempt, attemptContract } from "@/test/contracts/attempt-contract";
import { expect, it } from "vitest";

describeWithRedis("KV adapter through the Upstash bridge to a real redis-server", () => {
  const bridge = useBridge();

  attemptContract("kv", () => kvStoreOn(bridge.current));
  classContract("kv", () => kvStoreOn(bridge.current, { timeoutMs: 20_000 }));
  rateLimitContract("kv", () => kvStoreOn(bridge.current));

  it("costs one HTTP request and one command per operation", async () => {
    const store = kvStoreOn(bridge.current);
    const a = attempt({ subjectId: "anon-count" });
    const cost = async (op: () => Promise<unknown>) => {
      bridge.current.resetCounts();
      await op();
      return { ...bridge.current.counts };
    };
    const one = { requests: 1, commands: 1 };
    expect(await cost(() => store.recordAttempt(a))).toEqual(one);
    expect(await cost(() => store.recordAttempt(a))).toEqual(one);
    expect(await cost(() => store.getAttempt(a.subjectId, a.attemptId))).toEqual(one);
    expect(await cost(() => store.listAttempts(a.subjectId))).toEqual(one);
    expect(await cost(() => store.mergeSubjects(a.subjectId, "user-count"))).toEqual(one);
    expect(await cost(() => store.hitRateLimit("count", 5, 60_000, Date.now()))).toEqual(one);
  });

  it("stores 300 subjects' submissions and 300 retries of one attempt, each exactly once", async () => {
    // Generous timeout: 600 requests at once on a 2-core test machine.
    const store = kvStoreOn(bridge.current, { timeoutMs: 20_000 });
    const distinct = Array.from({ length: 300 }, (_, i) => attempt({ subjectId: `anon-${i}` }));
    const retried = attempt({ subjectId: "anon-retry" });
    const results = await Promise.all([
      ...distinct.map((a) => store.recordAttempt(a)),
      ...Array.from({ length: 300 }, () => store.recordAttempt(retried)),
    ]);
    const statuses = results.map((r) => r.status);
    expect(statuses.slice(0, 300).every((s) => s === "created")).toBe(true);
    const retries = statuses.slice(300);
    expect(retries.filter((s) => s === "created")).toHaveLength(1);
    expect(retries.filter((s) => s === "duplicate")).toHaveLength(299);

    const lists = await Promise.all(distinct.map((a) => store.listAttempts(a.subjectId)));
    expect(lists.map((list) => list.map((a) => a.attemptId))).toEqual(
      distinct.map((a) => [a.attemptId]),
    );
    expect(await store.listAttempts("anon-retry")).toEqual([retried]);
  });
});
