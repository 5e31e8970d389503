import { describe, expect, it } from "vitest";
import type { AttemptRecord } from "@/lib/quiz/attempt";
import type { SubjectsPort } from "@/lib/privacy/subjects-port";
import type { AttemptsPort } from "@/lib/quiz/attempts-port";

/** Attempts, and merging one subject's into another (a subject operation over attempts). */
type AttemptStorage = AttemptsPort & Pick<SubjectsPort, "mergeSubjects">;
import { eachFresh, type Closable, type MakeStore } from "./each-fresh";

const DAY = 24 * 60 * 60 * 1000;
// Real time: KV expiry runs on the Redis server's clock.
const NOW = Date.now();
/** The attempt retention the adapters' test files give the stores these contracts run on. */
export const RETENTION_DAYS = 30;

let counter = 0;
export function attempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  counter++;
  return {
    attemptId: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    subjectId: "anon-a",
    slug: "bridge",
    createdAt: NOW - DAY + counter,
    questionIds: ["q1", "q2"],
    responses: { q1: "a", q2: ["x", "y"] },
    credits: { q1: 1, q2: 0.5 },
    score: 1.5,
    maxScore: 2,
    ...overrides,
  };
}

/**
 * The attempt behaviour every store adapter must have. Each adapter's test file calls this with a
 * factory for a fresh, empty store.
 */
export function attemptContract(name: string, makeStore: MakeStore<AttemptStorage>) {
  describe(`Attempt store contract: ${name}`, () => {
    let store: Closable<AttemptStorage>;
    eachFresh(makeStore, (fresh) => (store = fresh));

    it("stores an attempt and reads it back whole, with the language it was taken in", async () => {
      const a = attempt();
      expect(await store.recordAttempt(a)).toEqual({ status: "created", attempt: a });
      expect(await store.getAttempt(a.subjectId, a.attemptId)).toEqual(a);
      // One taken in Spanish says so; one stored before there was a choice has no language.
      const spanish = attempt({ lang: "es" });
      await store.recordAttempt(spanish);
      expect(await store.getAttempt(spanish.subjectId, spanish.attemptId)).toEqual(spanish);
      expect((await store.getAttempt(a.subjectId, a.attemptId))?.lang).toBeUndefined();
      expect(await store.getAttempt(a.subjectId, "00000000-0000-4000-8000-999999999999")).toBe(
        undefined,
      );
    });

    it("is idempotent on the attempt id: a retry returns the stored attempt and writes nothing", async () => {
      const first = attempt();
      await store.recordAttempt(first);
      const retry = { ...first, score: 0, responses: {}, createdAt: first.createdAt + 5000 };
      expect(await store.recordAttempt(retry)).toEqual({ status: "duplicate", attempt: first });
      expect(await store.listAttempts(first.subjectId)).toEqual([first]);
    });

    it("never lets another subject overwrite or read an attempt through its id", async () => {
      const mine = attempt({ subjectId: "anon-a" });
      await store.recordAttempt(mine);
      expect(await store.recordAttempt({ ...mine, subjectId: "anon-b" })).toEqual({
        status: "conflict",
      });
      expect(await store.getAttempt("anon-a", mine.attemptId)).toEqual(mine);
      expect(await store.getAttempt("anon-b", mine.attemptId)).toBeUndefined();
      expect(await store.listAttempts("anon-b")).toEqual([]);
    });

    it("counts concurrent submissions of one attempt exactly once", async () => {
      const a = attempt();
      const results = await Promise.all(Array.from({ length: 25 }, () => store.recordAttempt(a)));
      expect(results.filter((r) => r.status === "created")).toHaveLength(1);
      expect(results.filter((r) => r.status === "duplicate")).toHaveLength(24);
      expect(await store.listAttempts(a.subjectId)).toHaveLength(1);
    });

    it("lists a subject's attempts newest first, optionally for one briefing", async () => {
      const old = attempt({ createdAt: NOW - 3000 });
      const other = attempt({ createdAt: NOW - 2000, slug: "tunnel" });
      const recent = attempt({ createdAt: NOW - 1000 });
      const someoneElse = attempt({ subjectId: "anon-b", createdAt: NOW });
      for (const a of [old, other, recent, someoneElse]) await store.recordAttempt(a);
      expect(await store.listAttempts("anon-a")).toEqual([recent, other, old]);
      expect(await store.listAttempts("anon-a", "bridge")).toEqual([recent, old]);
      expect(await store.listAttempts("nobody")).toEqual([]);
    });

    it("merges one subject's attempts into another, once", async () => {
      const a1 = attempt({ subjectId: "anon-a", createdAt: NOW - 3000 });
      const a2 = attempt({ subjectId: "anon-a", createdAt: NOW - 2000 });
      const u1 = attempt({ subjectId: "user-1", createdAt: NOW - 1000 });
      for (const a of [a1, a2, u1]) await store.recordAttempt(a);
      expect(await store.mergeSubjects("anon-a", "user-1")).toEqual({ moved: 2 });
      expect(await store.mergeSubjects("anon-a", "user-1")).toEqual({ moved: 0 });
      expect(await store.mergeSubjects("user-1", "user-1")).toEqual({ moved: 0 });
      expect(await store.listAttempts("anon-a")).toEqual([]);
      const merged = await store.listAttempts("user-1");
      expect(merged.map((a) => a.attemptId)).toEqual([u1.attemptId, a2.attemptId, a1.attemptId]);
      expect(merged.every((a) => a.subjectId === "user-1")).toBe(true);
      expect(await store.getAttempt("user-1", a1.attemptId)).toEqual({
        ...a1,
        subjectId: "user-1",
      });
      expect(await store.getAttempt("anon-a", a1.attemptId)).toBeUndefined();
      // The user's own retry of a moved attempt is a duplicate, not a second copy.
      expect(await store.recordAttempt({ ...a1, subjectId: "user-1" })).toMatchObject({
        status: "duplicate",
      });
      // After the merge the attempt id is the user's: a retried submission from the old
      // anonymous subject must not be able to claim or read it.
      expect(await store.recordAttempt(a1)).toEqual({ status: "conflict" });
    });

    it(`forgets a subject's attempts ${RETENTION_DAYS} days after its last; a later write renews all`, async () => {
      const old = attempt({ subjectId: "anon-r", createdAt: NOW - 20 * DAY });
      await store.recordAttempt(old);
      expect(await store.getAttempt("anon-r", old.attemptId, NOW)).toEqual(old);
      expect(await store.listAttempts("anon-r", undefined, NOW + 10 * DAY - 1)).toEqual([old]);
      expect(await store.listAttempts("anon-r", undefined, NOW + 10 * DAY)).toEqual([]);
      expect(await store.getAttempt("anon-r", old.attemptId, NOW + 10 * DAY)).toBeUndefined();

      const recent = attempt({ subjectId: "anon-r", createdAt: NOW - 5 * DAY });
      await store.recordAttempt(recent);
      expect(await store.listAttempts("anon-r", "bridge", NOW + 20 * DAY)).toEqual([recent, old]);
      expect(await store.getAttempt("anon-r", old.attemptId, NOW + 20 * DAY)).toEqual(old);
      // A late write of an older attempt (a browser back online) never shortens it.
      const late = attempt({ subjectId: "anon-r", createdAt: NOW - 15 * DAY });
      await store.recordAttempt(late);
      expect(await store.listAttempts("anon-r", undefined, NOW + 25 * DAY - 1)).toHaveLength(3);
      expect(await store.listAttempts("anon-r", undefined, NOW + 25 * DAY)).toEqual([]);
    });

    it("drops an attempt written after its retention, and never brings it back", async () => {
      const expired = attempt({ subjectId: "anon-x", createdAt: NOW - (RETENTION_DAYS + 1) * DAY });
      expect(await store.recordAttempt(expired)).toEqual({ status: "created", attempt: expired });
      expect(await store.getAttempt("anon-x", expired.attemptId)).toBeUndefined();
      expect(await store.listAttempts("anon-x")).toEqual([]);
      const fresh = attempt({ subjectId: "anon-x" });
      await store.recordAttempt(fresh);
      expect(await store.listAttempts("anon-x")).toEqual([fresh]);
      expect(await store.getAttempt("anon-x", expired.attemptId)).toBeUndefined();
    });

    it("keeps the later of the two subjects' retention when merging", async () => {
      const recentAnon = attempt({ subjectId: "anon-m", createdAt: NOW - 5 * DAY });
      const oldUser = attempt({ subjectId: "user-m", createdAt: NOW - 25 * DAY });
      const oldAnon = attempt({ subjectId: "anon-n", createdAt: NOW - 25 * DAY });
      const recentUser = attempt({ subjectId: "user-n", createdAt: NOW - 5 * DAY });
      for (const a of [recentAnon, oldUser, oldAnon, recentUser]) await store.recordAttempt(a);
      await store.mergeSubjects("anon-m", "user-m");
      await store.mergeSubjects("anon-n", "user-n");
      for (const user of ["user-m", "user-n"]) {
        const later = await store.listAttempts(user, undefined, NOW + 20 * DAY);
        expect(later.map((a) => a.createdAt)).toEqual([NOW - 5 * DAY, NOW - 25 * DAY]);
        expect(await store.listAttempts(user, undefined, NOW + 25 * DAY)).toEqual([]);
      }
    });
  });
}
