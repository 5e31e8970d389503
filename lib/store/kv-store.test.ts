import { createClient } from "redis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DELETE_SUBJECT } from "./kv-subject-scripts";
import type { AttemptRecord } from "@/lib/quiz/attempt";
import { describeWithRedis, kvStoreOn, redisUrl, useBridge } from "@/test/kv/kv-fixture";
import { classContract, classRecord } from "@/test/contracts/class-contract";
import { ltiContract } from "@/test/contracts/lti-contract";
import { rateLimitContract } from "@/test/contracts/rate-limit-contract";
import { RETENTION_DAYS, attempt, attemptContract } from "@/test/contracts/attempt-contract";
import { studentContract } from "@/test/contracts/student-contract";
import { subjectContract } from "@/test/contracts/subject-contract";

const DAY = 24 * 60 * 60 * 1000;
const days = (n: number) => () => n;

describeWithRedis("KV adapter through the Upstash bridge to a real redis-server", () => {
  const bridge = useBridge();
  const fresh = () =>
    kvStoreOn(bridge.current, { attemptRetentionDays: days(RETENTION_DAYS), timeoutMs: 20_000 });

  attemptContract("kv", fresh);
  subjectContract("kv", fresh);
  classContract("kv", fresh);
  studentContract("kv", fresh);
  rateLimitContract("kv", () => kvStoreOn(bridge.current));
  ltiContract("kv", () => kvStoreOn(bridge.current));

  it("costs one HTTP request and one command per operation (two to delete or export)", async () => {
    const store = kvStoreOn(bridge.current);
    const a = attempt({ subjectId: "anon-count" });
    const c = classRecord();
    await store.createClass(c);
    await store.joinClass(c.code, "s1", "Sam", Date.now());
    const cost = async (op: () => Promise<unknown>) => {
      bridge.current.resetCounts();
      await op();
      return { ...bridge.current.counts };
    };
    const one = { requests: 1, commands: 1 };
    const link = { code: c.code, studentId: "s1" };
    expect(await cost(() => store.recordAttempt(a))).toEqual(one);
    expect(await cost(() => store.recordAttempt(a))).toEqual(one);
    expect(await cost(() => store.getAttempt(a.subjectId, a.attemptId))).toEqual(one);
    expect(await cost(() => store.listAttempts(a.subjectId))).toEqual(one);
    expect(await cost(() => store.linkMembership(a.subjectId, link, Date.now()))).toEqual(one);
    expect(await cost(() => store.listMemberships(a.subjectId))).toEqual(one);
    expect(await cost(() => store.mergeSubjects(a.subjectId, "user-count"))).toEqual(one);
    expect(await cost(() => store.renameStudent(c.code, c.ownerId, "s1", "Max"))).toEqual(one);
    expect(await cost(() => store.exportSubject("user-count", []))).toEqual({
      requests: 2,
      commands: 4,
    });
    expect(await cost(() => store.deleteSubject("user-count", []))).toEqual({
      requests: 2,
      commands: 2,
    });
    expect(await cost(() => store.removeStudent(c.code, c.ownerId, "s1", Date.now()))).toEqual(one);
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

  describeWithRedis("TTLs and scripts, seen from redis-server", () => {
    const direct = createClient({ url: redisUrl, RESP: 2 });
    beforeAll(async () => {
      await direct.connect();
    });
    afterAll(async () => {
      await direct.quit();
    });

    it("expires a subject's hashes together at last activity + retention, and claims after it", async () => {
      const prefix = `test:${crypto.randomUUID()}:`;
      const store = kvStoreOn(bridge.current, { prefix, attemptRetentionDays: days(30) });
      const a = attempt({ subjectId: "anon-ttl", createdAt: Date.now() - 10 * DAY });
      await store.recordAttempt(a);
      const attempts = `${prefix}subject:anon-ttl:attempts`;
      const links = `${prefix}subject:anon-ttl:classes`;
      expect(await direct.pExpireTime(attempts)).toBe(a.createdAt + 30 * DAY);
      const claimTtl = await direct.pTTL(`${prefix}attempt:${a.attemptId}`);
      expect(claimTtl).toBeGreaterThan(30 * DAY - 60_000);

      const linkedAt = Date.now() - DAY;
      await store.linkMembership("anon-ttl", { code: "AAAAAA", studentId: "s1" }, linkedAt);
      expect(await direct.pExpireTime(attempts)).toBe(linkedAt + 30 * DAY);
      expect(await direct.pExpireTime(links)).toBe(linkedAt + 30 * DAY);
      // An older write leaves the later expiry.
      await store.recordAttempt(attempt({ subjectId: "anon-ttl", createdAt: a.createdAt }));
      expect(await direct.pExpireTime(links)).toBe(linkedAt + 30 * DAY);
    });

    it("dates data written before retention existed, and deletes what is already past it", async () => {
      const prefix = `test:${crypto.randomUUID()}:`;
      const store = kvStoreOn(bridge.current, { prefix, attemptRetentionDays: days(30) });
      const key = (subject: string, hash: "attempts" | "classes") =>
        `${prefix}subject:${subject}:${hash}`;
      // As the adapter stored them before retention: no expiry on any key.
      const stored = (createdAt: number) => {
        const rest: Partial<AttemptRecord> = attempt({ createdAt });
        delete rest.subjectId;
        return [rest.attemptId!, JSON.stringify(rest)] as const;
      };
      const now = Date.now();
      const [recentId, recentJson] = stored(now - 10 * DAY);
      await direct.hSet(key("recent", "attempts"), [
        ...stored(now - 40 * DAY),
        recentId,
        recentJson,
      ]);
      await direct.hSet(key("recent", "classes"), "AAAAAA:s1", "s1");
      await direct.hSet(key("old", "attempts"), [...stored(now - 31 * DAY)]);
      await direct.hSet(key("links-only", "classes"), "BBBBBB:s2", "s2");
      await direct.set(`${prefix}attempt:${recentId}`, "1");
      // Written since: dated already, left as it is.
      const a = attempt({ subjectId: "current", createdAt: now - DAY });
      await store.recordAttempt(a);

      expect(await store.applyRetention(now)).toEqual({ removed: 1, dated: 2, claims: 1 });
      expect(await direct.pExpireTime(key("recent", "attempts"))).toBe(now - 10 * DAY + 30 * DAY);
      expect(await direct.pExpireTime(key("recent", "classes"))).toBe(now - 10 * DAY + 30 * DAY);
      expect(await direct.exists(key("old", "attempts"))).toBe(0);
      expect(await direct.pExpireTime(key("links-only", "classes"))).toBe(now + 30 * DAY);
      expect(await direct.pTTL(`${prefix}attempt:${recentId}`)).toBeGreaterThan(29 * DAY);
      expect(await direct.pExpireTime(key("current", "attempts"))).toBe(a.createdAt + 30 * DAY);
      expect(await store.applyRetention(now)).toEqual({ removed: 0, dated: 0, claims: 0 });
      expect(await store.listAttempts("recent")).toHaveLength(2);
    });

    it("deletes a subject only while its links are exactly those read before", async () => {
      const id = crypto.randomUUID();
      const [attempts, links] = [`test:${id}:attempts`, `test:${id}:classes`] as const;
      await direct.hSet(links, { AAAAAA: "s1", BBBBBB: "s2" });
      const run = (args: string[]) =>
        direct.eval(DELETE_SUBJECT, { keys: [attempts, links], arguments: args });
      expect(await run(["1", "AAAAAA", "s1"])).toBe(-1);
      expect(await run(["2", "AAAAAA", "s1", "BBBBBB", "s3"])).toBe(-1);
      expect(await direct.hLen(links)).toBe(2);
      expect(await run(["2", "BBBBBB", "s2", "AAAAAA", "s1"])).toEqual([0, 0]);
      expect(await direct.exists(links)).toBe(0);
    });
  });
});
