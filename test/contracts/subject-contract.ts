import { describe, expect, it } from "vitest";
import type { Store } from "@/lib/store/store";
import { RETENTION_DAYS, attempt } from "./attempt-contract";
import { classAttempt, classRecord } from "./class-contract";
import { eachFresh } from "./each-fresh";

const DAY = 24 * 60 * 60 * 1000;
// Real time: KV expiry runs on the Redis server's clock.
const NOW = Date.now();
// classRecord()'s owner.
const OWNER = "teacher-x";

/**
 * What the store holds about one subject: class links, the data download, and deleting it all.
 * The stores must keep attempts `RETENTION_DAYS` (see attempt-contract.ts).
 */
export function subjectContract(name: string, makeStore: () => Promise<Store> | Store) {
  describe(`Subject contract: ${name}`, () => {
    let store: Store;
    eachFresh(makeStore, (fresh) => (store = fresh));

    /** A class with `studentId` in it as `nickname`, with a result unless `result` is false. */
    const classWith = async (studentId: string, nickname: string, result = true) => {
      const c = classRecord();
      await store.createClass(c);
      await store.joinClass(c.code, studentId, nickname, NOW);
      if (result) await store.recordClassAttempt(c.code, studentId, classAttempt());
      return c.code;
    };

    it("links a subject to its student in each class, renewing its retention", async () => {
      const a = attempt({ subjectId: "anon-l", createdAt: NOW - 25 * DAY });
      await store.recordAttempt(a);
      await store.linkMembership("anon-l", { code: "BBBBBB", studentId: "s2" }, NOW - 25 * DAY);
      await store.linkMembership("anon-l", { code: "AAAAAA", studentId: "s1" }, NOW - 25 * DAY);
      await store.linkMembership("anon-l", { code: "AAAAAA", studentId: "s1" }, NOW - 25 * DAY);
      const both = [
        { code: "AAAAAA", studentId: "s1" },
        { code: "BBBBBB", studentId: "s2" },
      ];
      expect(await store.listMemberships("anon-l")).toEqual(both);
      expect(await store.listMemberships("anon-l", NOW + 5 * DAY)).toEqual([]);
      expect(await store.listMemberships("nobody")).toEqual([]);

      // A link is activity: the subject's attempts and links all live on.
      await store.linkMembership("anon-l", { code: "AAAAAA", studentId: "s1" }, NOW - DAY);
      expect(await store.listMemberships("anon-l", NOW + 20 * DAY)).toEqual(both);
      expect(await store.listAttempts("anon-l", undefined, NOW + 20 * DAY)).toEqual([a]);
      expect(await store.getAttempt("anon-l", a.attemptId, NOW + RETENTION_DAYS * DAY)).toBe(
        undefined,
      );
    });

    it("moves every link on merge, also a second student of a class the target is in", async () => {
      await store.linkMembership("anon-k", { code: "AAAAAA", studentId: "s1" }, NOW);
      await store.linkMembership("anon-k", { code: "BBBBBB", studentId: "s2" }, NOW);
      await store.linkMembership("user-k", { code: "AAAAAA", studentId: "u1" }, NOW);
      expect(await store.mergeSubjects("anon-k", "user-k")).toEqual({ moved: 2 });
      expect(await store.mergeSubjects("anon-k", "user-k")).toEqual({ moved: 0 });
      expect(await store.listMemberships("anon-k")).toEqual([]);
      expect(await store.listMemberships("user-k")).toEqual([
        { code: "AAAAAA", studentId: "s1" },
        { code: "AAAAAA", studentId: "u1" },
        { code: "BBBBBB", studentId: "s2" },
      ]);
    });

    it("one subject joined a class twice (phone and laptop): deleting reaches both students", async () => {
      const code = await classWith("phone", "Ana");
      await store.joinClass(code, "laptop", "Ana", NOW);
      await store.linkMembership("user-2", { code, studentId: "phone" }, NOW);
      await store.linkMembership("user-2", { code, studentId: "laptop" }, NOW);
      expect(await store.deleteSubject("user-2", [])).toEqual({ attempts: 0, classes: 2 });
      expect(await store.getClassRoster(code)).toEqual({ students: [], results: [], removed: [] });
    });

    it("exports the attempts, and per class the student and their result", async () => {
      const first = attempt({ subjectId: "anon-e", createdAt: NOW - 2000 });
      const second = attempt({ subjectId: "anon-e", createdAt: NOW - 1000 });
      for (const a of [first, second]) await store.recordAttempt(a);
      const linked = await classWith("s1", "Sam");
      const viaCookie = await classWith("s2", "Alex", false);
      await store.linkMembership("anon-e", { code: linked, studentId: "s1" }, NOW);
      const extra = [
        { code: viaCookie, studentId: "s2" },
        { code: linked, studentId: "s1" },
        { code: "ZZZZZZ", studentId: "gone" },
      ];
      const { attempts, classes } = await store.exportSubject("anon-e", extra);
      expect(attempts).toEqual([second, first]);
      const { results } = await store.getClassRoster(linked);
      expect(classes).toEqual([
        {
          membership: { code: linked, studentId: "s1" },
          student: { studentId: "s1", nickname: "Sam", joinedAt: NOW },
          result: results[0],
        },
        {
          membership: { code: viaCookie, studentId: "s2" },
          student: { studentId: "s2", nickname: "Alex", joinedAt: NOW },
        },
        { membership: { code: "ZZZZZZ", studentId: "gone" } },
      ]);
      expect(results).toHaveLength(1);

      await store.removeStudent(linked, OWNER, "s1", NOW);
      const later = await store.exportSubject("anon-e", [], NOW + RETENTION_DAYS * DAY);
      expect(later).toEqual({ attempts: [], classes: [] });
      expect((await store.exportSubject("anon-e", [])).classes).toEqual([
        { membership: { code: linked, studentId: "s1" } },
      ]);
    });

    it("deletes a subject's attempts, links and class data at once, leaving others' alone", async () => {
      for (const subjectId of ["anon-d", "anon-d", "anon-t"]) {
        await store.recordAttempt(attempt({ subjectId }));
      }
      const shared = await classWith("s1", "Sam");
      await store.joinClass(shared, "t1", "Tam", NOW);
      await store.recordClassAttempt(shared, "t1", classAttempt());
      const viaCookie = await classWith("s2", "Alex");
      const removedFrom = await classWith("s3", "Kim");
      await store.removeStudent(removedFrom, OWNER, "s3", NOW);
      await store.linkMembership("anon-d", { code: shared, studentId: "s1" }, NOW);
      await store.linkMembership("anon-d", { code: removedFrom, studentId: "s3" }, NOW);
      await store.linkMembership("anon-t", { code: shared, studentId: "t1" }, NOW);
      const before = await store.exportSubject("anon-t", []);

      const extra = [{ code: viaCookie, studentId: "s2" }];
      expect(await store.deleteSubject("anon-d", extra)).toEqual({ attempts: 2, classes: 3 });
      expect(await store.deleteSubject("anon-d", extra)).toEqual({ attempts: 0, classes: 0 });

      expect(await store.listAttempts("anon-d")).toEqual([]);
      expect(await store.listMemberships("anon-d")).toEqual([]);
      expect(await store.exportSubject("anon-d", extra)).toEqual({
        attempts: [],
        classes: [{ membership: extra[0] }],
      });
      for (const [code, studentId] of [
        [shared, "s1"],
        [viaCookie, "s2"],
        [removedFrom, "s3"],
      ] as const) {
        expect(await store.getStudent(code, studentId)).toBeUndefined();
      }
      const roster = await store.getClassRoster(shared);
      expect(roster.students.map((s) => s.studentId)).toEqual(["t1"]);
      expect(roster.results.map((r) => r.studentId)).toEqual(["t1"]);
      expect(await store.getClassRoster(viaCookie)).toEqual({
        students: [],
        results: [],
        removed: [],
      });
      // Their nickname is free again.
      expect((await store.joinClass(shared, "s9", "sam", NOW)).nickname).toBe("sam");
      expect(await store.exportSubject("anon-t", [])).toEqual(before);
    });

    it("applies retention to everything at once, deleting (not hiding) what is past it", async () => {
      const old = attempt({ subjectId: "anon-r1", createdAt: NOW - 10 * DAY });
      const recent = attempt({ subjectId: "anon-r2", createdAt: NOW - DAY });
      await store.recordAttempt(old);
      await store.recordAttempt(recent);
      await store.linkMembership("anon-r1", { code: "AAAAAA", studentId: "s1" }, NOW - 10 * DAY);
      await store.linkMembership("anon-r3", { code: "AAAAAA", studentId: "s3" }, NOW);
      // Five days short of the recent subjects' retention, five past the old one's.
      const at = NOW + (RETENTION_DAYS - 5) * DAY;
      expect(await store.applyRetention(at)).toEqual({ removed: 1, dated: 0, claims: 0 });
      expect(await store.applyRetention(at)).toEqual({ removed: 0, dated: 0, claims: 0 });
      // Gone even for a read at today's time: deleted, not only past its date.
      expect(await store.listAttempts("anon-r1")).toEqual([]);
      expect(await store.listMemberships("anon-r1")).toEqual([]);
      expect(await store.listAttempts("anon-r2", undefined, at)).toEqual([recent]);
      expect(await store.listMemberships("anon-r3", at)).toEqual([
        { code: "AAAAAA", studentId: "s3" },
      ]);
    });
  });
}
