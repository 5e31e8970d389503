import { describe, expect, it } from "vitest";
import type { ClassAttempt, ClassRecord } from "@/lib/classes/types";
import type { ClassesPort } from "@/lib/classes/classes-port";
import { eachFresh, type Closable, type MakeStore } from "./each-fresh";

const DAY = 24 * 60 * 60 * 1000;
// Real time: KV expiry runs on the Redis server's clock.
const NOW = Date.now();

let counter = 0;
export function classRecord(overrides: Partial<ClassRecord> = {}): ClassRecord {
  counter++;
  return {
    code: `C${String(counter).padStart(5, "0")}`.slice(0, 6),
    ownerId: "teacher-x",
    title: "Year 10 — Tuesday",
    slug: "bridge",
    feedback: "immediate",
    createdAt: NOW + counter,
    ...overrides,
  };
}

export function classAttempt(overrides: Partial<ClassAttempt> = {}): ClassAttempt {
  counter++;
  return {
    attemptId: `00000000-0000-4000-9000-${String(counter).padStart(12, "0")}`,
    createdAt: NOW + counter * 1000,
    score: 2.8333333333333335,
    maxScore: 5,
    responses: { q1: "a", q2: ["x"], q3: { p: "o" }, q4: true },
    credits: { q1: 1, q2: 0.5, q3: 0.3333333333333333, q4: 1 },
    ...overrides,
  };
}

/** Class behaviour every store adapter must have (run from each adapter's test file). */
export function classContract(name: string, makeStore: MakeStore<ClassesPort>) {
  describe(`Class contract: ${name}`, () => {
    let store: Closable<ClassesPort>;
    eachFresh(makeStore, (fresh) => (store = fresh));

    it("claims a code once, reads it back, and lists an owner's classes newest first", async () => {
      const older = classRecord({ createdAt: NOW });
      const newer = classRecord({ createdAt: NOW + 10, closesAt: NOW + DAY });
      const someoneElse = classRecord({ ownerId: "teacher-y" });
      for (const c of [older, newer, someoneElse]) expect(await store.createClass(c)).toBe(true);
      expect(await store.createClass({ ...older, ownerId: "teacher-y" })).toBe(false);
      expect(await store.getClass(older.code, NOW)).toEqual(older);
      expect(await store.getClass("NOPE22", NOW)).toBeUndefined();
      expect(await store.listClasses("teacher-x", NOW)).toEqual([newer, older]);
    });

    it("lets only the owner close, reveal, reopen or delete", async () => {
      const c = classRecord();
      await store.createClass(c);
      expect(await store.updateClass(c.code, "teacher-y", { closedAt: NOW })).toBeUndefined();
      expect(await store.deleteClass(c.code, "teacher-y")).toBe(false);
      expect(await store.getClass(c.code, NOW)).toEqual(c);

      const closed = { ...c, closedAt: NOW + 1, revealedAt: NOW + 2 };
      expect(
        await store.updateClass(c.code, c.ownerId, { closedAt: NOW + 1, revealedAt: NOW + 2 }),
      ).toEqual(closed);
      expect(await store.getClass(c.code, NOW + 3)).toEqual(closed);
      expect(await store.listClasses(c.ownerId, NOW + 3)).toEqual([closed]);
      expect(await store.updateClass(c.code, c.ownerId, { closedAt: null })).toEqual({
        ...c,
        revealedAt: NOW + 2,
      });

      // A close time that has passed can be dropped (reopening a class whose time ran out):
      // the class is then kept like any open one.
      const untimed = classRecord({ ownerId: "teacher-z" });
      const timed = { ...untimed, closesAt: NOW - DAY };
      await store.createClass(timed);
      expect(await store.updateClass(timed.code, timed.ownerId, { closesAt: null })).toEqual(
        untimed,
      );
      expect(await store.getClass(timed.code, NOW + 400 * DAY)).toEqual(untimed);

      await store.joinClass(c.code, "s1", "Sam", NOW);
      await store.recordClassAttempt(c.code, "s1", classAttempt());
      expect(await store.deleteClass(c.code, c.ownerId)).toBe(true);
      expect(await store.getClass(c.code, NOW)).toBeUndefined();
      expect(await store.listClasses(c.ownerId, NOW)).toEqual([]);
      expect(await store.getClassRoster(c.code)).toEqual({
        students: [],
        results: [],
        removed: [],
      });
    });

    it("gives taken nicknames a visible suffix, and a rejoin keeps the student", async () => {
      const c = classRecord();
      await store.createClass(c);
      expect(await store.joinClass(c.code, "s1", "Sam", NOW)).toEqual({
        studentId: "s1",
        nickname: "Sam",
        joinedAt: NOW,
      });
      expect((await store.joinClass(c.code, "s2", "Sam", NOW)).nickname).toBe("Sam (2)");
      expect((await store.joinClass(c.code, "s3", "sAM", NOW)).nickname).toBe("sAM (3)");
      expect((await store.joinClass(c.code, "s4", "Zoë", NOW)).nickname).toBe("Zoë");
      expect((await store.joinClass(c.code, "s5", "ZOË", NOW)).nickname).toBe("ZOË (2)");
      expect(await store.joinClass(c.code, "s1", "Someone else", NOW + 5)).toEqual({
        studentId: "s1",
        nickname: "Sam",
        joinedAt: NOW,
      });
      expect(await store.getStudent(c.code, "s2")).toMatchObject({ nickname: "Sam (2)" });
      expect(await store.getStudent(c.code, "nobody")).toBeUndefined();
      expect((await store.getClassRoster(c.code)).students).toHaveLength(5);
    });

    it("keeps each student's latest and best attempt, in either language, counting a retried one once", async () => {
      const c = classRecord();
      await store.createClass(c);
      await store.joinClass(c.code, "s1", "Sam", NOW);
      const good = classAttempt({ score: 4, createdAt: NOW + 1000, lang: "es" });
      const worse = classAttempt({ score: 1, createdAt: NOW + 2000, lang: "en" });
      expect(await store.recordClassAttempt(c.code, "s1", good)).toEqual({ duplicate: false });
      expect(await store.recordClassAttempt(c.code, "s1", good)).toEqual({ duplicate: true });
      expect(await store.recordClassAttempt(c.code, "s1", worse)).toEqual({ duplicate: false });
      expect(await store.recordClassAttempt(c.code, "s1", worse)).toEqual({ duplicate: true });
      const { results } = await store.getClassRoster(c.code);
      expect(results).toEqual([
        {
          studentId: "s1",
          attempts: 2,
          attemptIds: [good.attemptId, worse.attemptId],
          latest: worse,
          best: good,
        },
      ]);
    });

    it("forgets a class and its students' data once its retention has passed", async () => {
      const c = classRecord({ closesAt: NOW - 200 * DAY });
      await store.createClass(c);
      expect(await store.getClass(c.code, NOW)).toBeUndefined();
      expect(await store.listClasses(c.ownerId, NOW)).toEqual([]);

      const closedRecently = classRecord();
      await store.createClass(closedRecently);
      await store.joinClass(closedRecently.code, "s1", "Sam", NOW);
      await store.updateClass(closedRecently.code, closedRecently.ownerId, { closedAt: NOW - DAY });
      expect(await store.getClass(closedRecently.code, NOW)).toMatchObject({ closedAt: NOW - DAY });
      await store.updateClass(closedRecently.code, closedRecently.ownerId, {
        closedAt: NOW - 181 * DAY,
      });
      expect(await store.getClass(closedRecently.code, NOW)).toBeUndefined();
      expect((await store.getClassRoster(closedRecently.code)).students).toEqual([]);
    });

    it("stores 300 students joining and submitting to one class at once, each exactly once", async () => {
      const c = classRecord();
      await store.createClass(c);
      const ids = Array.from({ length: 300 }, (_, i) => `student-${i}`);
      const joined = await Promise.all(ids.map((id) => store.joinClass(c.code, id, "Sam", NOW)));
      expect(new Set(joined.map((s) => s.nickname)).size).toBe(300);
      const attempts = ids.map(() => classAttempt());
      await Promise.all(
        ids.flatMap((id, i) => [
          store.recordClassAttempt(c.code, id, attempts[i]!),
          store.recordClassAttempt(c.code, id, attempts[i]!),
        ]),
      );
      const roster = await store.getClassRoster(c.code);
      expect(roster.students).toHaveLength(300);
      expect(roster.results).toHaveLength(300);
      expect(roster.results.every((r) => r.attempts === 1)).toBe(true);
    });
  });
}
