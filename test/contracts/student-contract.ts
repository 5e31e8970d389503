import { describe, expect, it } from "vitest";
import type { ClassesPort } from "@/lib/classes/classes-port";
import { classAttempt, classRecord } from "./class-contract";
import { eachFresh, type Closable, type MakeStore } from "./each-fresh";

const NOW = Date.now();

/** What a teacher does to one student, and to joining, on every adapter. */
export function studentContract(name: string, makeStore: MakeStore<ClassesPort>) {
  describe(`Student contract: ${name}`, () => {
    let store: Closable<ClassesPort>;
    eachFresh(makeStore, (fresh) => (store = fresh));

    /** A class with students named as given (ids s1, s2, …), each with a result. */
    const classOf = async (...nicknames: string[]) => {
      const c = classRecord();
      await store.createClass(c);
      for (const [i, nickname] of nicknames.entries()) {
        await store.joinClass(c.code, `s${i + 1}`, nickname, NOW);
        await store.recordClassAttempt(c.code, `s${i + 1}`, classAttempt());
      }
      return c;
    };

    it("removes a student for the owner only, freeing the nickname and dropping the result", async () => {
      const c = await classOf("Sam", "Alex");
      const before = await store.getClassRoster(c.code);
      expect(await store.removeStudent(c.code, "teacher-y", "s1", NOW)).toBe(false);
      expect(await store.removeStudent(c.code, c.ownerId, "nobody", NOW)).toBe(false);
      expect(await store.removeStudent("NOPE22", c.ownerId, "s1", NOW)).toBe(false);
      expect(await store.getClassRoster(c.code)).toEqual(before);

      expect(await store.removeStudent(c.code, c.ownerId, "s1", NOW + 1)).toBe(true);
      expect(await store.removeStudent(c.code, c.ownerId, "s1", NOW + 2)).toBe(true);
      const removed = { studentId: "s1", nickname: "Sam", joinedAt: NOW, removedAt: NOW + 1 };
      expect(await store.getStudent(c.code, "s1")).toEqual(removed);
      const roster = await store.getClassRoster(c.code);
      expect(roster.students.map((s) => s.studentId)).toEqual(["s2"]);
      expect(roster.results.map((r) => r.studentId)).toEqual(["s2"]);

      // The same browser cannot come back; someone else can have the nickname.
      expect(await store.joinClass(c.code, "s1", "Sam again", NOW + 3)).toEqual(removed);
      expect((await store.joinClass(c.code, "s3", "SAM", NOW + 3)).nickname).toBe("SAM");
      expect((await store.getClassRoster(c.code)).students).toHaveLength(2);
    });

    it("lets a removed student back in, for the owner only, under a free form of their name", async () => {
      const c = await classOf("Sam", "Alex");
      expect(await store.restoreStudent(c.code, c.ownerId, "s1")).toBeUndefined(); // not removed
      await store.removeStudent(c.code, c.ownerId, "s1", NOW + 1);
      expect(await store.restoreStudent(c.code, "teacher-y", "s1")).toBeUndefined();
      expect(await store.restoreStudent("NOPE22", c.ownerId, "s1")).toBeUndefined();
      expect((await store.getClassRoster(c.code)).removed.map((s) => s.studentId)).toEqual(["s1"]);
      // Someone took "Sam" meanwhile: the returning student is "Sam (2)", visibly.
      expect((await store.joinClass(c.code, "s3", "SAM", NOW + 2)).nickname).toBe("SAM");
      const back = { studentId: "s1", nickname: "Sam (2)", joinedAt: NOW };
      expect(await store.restoreStudent(c.code, c.ownerId, "s1")).toEqual(back);
      expect(await store.restoreStudent(c.code, c.ownerId, "s1")).toBeUndefined(); // idempotent
      expect(await store.getStudent(c.code, "s1")).toEqual(back);
      const roster = await store.getClassRoster(c.code);
      expect(roster.students.map((s) => s.nickname).sort()).toEqual(["Alex", "SAM", "Sam (2)"]);
      expect(roster.removed).toEqual([]);
      // Their name is held again: a newcomer typing it gets the next suffix.
      expect((await store.joinClass(c.code, "s4", "sam (2)", NOW + 3)).nickname).toBe(
        "sam (2) (2)",
      );
    });

    it("holds one name per look: a Cyrillic С beside a Latin Carol is the same name", async () => {
      const c = await classOf("Carol");
      expect((await store.joinClass(c.code, "s2", "\u0421arol", NOW)).nickname).toBe(
        "\u0421arol (2)",
      );
      expect((await store.joinClass(c.code, "s3", "ＣＡＲＯＬ", NOW)).nickname).toBe(
        "ＣＡＲＯＬ (3)",
      );
      expect(await store.renameStudent(c.code, c.ownerId, "s2", "carol")).toBe("taken");
    });

    it("renames a student for the owner only, unless another student has the name", async () => {
      const c = await classOf("Sam", "Alex", "Kim");
      expect(await store.renameStudent(c.code, "teacher-y", "s1", "Max")).toBeUndefined();
      expect(await store.renameStudent(c.code, c.ownerId, "nobody", "Max")).toBeUndefined();
      expect(await store.renameStudent("NOPE22", c.ownerId, "s1", "Max")).toBeUndefined();
      expect(await store.renameStudent(c.code, c.ownerId, "s1", "alex")).toBe("taken");
      expect(await store.renameStudent(c.code, c.ownerId, "s1", " ALEX ")).toBe("taken");
      expect(await store.getStudent(c.code, "s1")).toMatchObject({ nickname: "Sam" });

      const max = { studentId: "s1", nickname: "Max", joinedAt: NOW };
      expect(await store.renameStudent(c.code, c.ownerId, "s1", "Max")).toEqual(max);
      expect(await store.renameStudent(c.code, c.ownerId, "s1", "Max")).toEqual(max);
      expect(await store.renameStudent(c.code, c.ownerId, "s1", "MAX")).toEqual({
        ...max,
        nickname: "MAX",
      });
      expect(await store.getStudent(c.code, "s1")).toEqual({ ...max, nickname: "MAX" });
      expect((await store.joinClass(c.code, "s4", "sam", NOW)).nickname).toBe("sam");
      expect((await store.joinClass(c.code, "s5", "max", NOW)).nickname).toBe("max (2)");

      // A removed student keeps their name and cannot be renamed; the name is free for others.
      await store.removeStudent(c.code, c.ownerId, "s3", NOW);
      expect(await store.renameStudent(c.code, c.ownerId, "s3", "Zed")).toBeUndefined();
      expect(await store.renameStudent(c.code, c.ownerId, "s2", "kim")).toMatchObject({
        nickname: "kim",
      });
      const roster = await store.getClassRoster(c.code);
      expect(roster.students.map((s) => s.nickname).sort()).toEqual([
        "MAX",
        "kim",
        "max (2)",
        "sam",
      ]);
    });

    it("stops and reopens joins with a joinsClosedAt patch, for the owner only", async () => {
      const c = classRecord();
      await store.createClass(c);
      expect(await store.updateClass(c.code, "teacher-y", { joinsClosedAt: NOW })).toBeUndefined();
      const stopped = { ...c, joinsClosedAt: NOW + 5 };
      expect(await store.updateClass(c.code, c.ownerId, { joinsClosedAt: NOW + 5 })).toEqual(
        stopped,
      );
      expect(await store.getClass(c.code, NOW)).toEqual(stopped);
      expect(await store.listClasses(c.ownerId, NOW)).toContainEqual(stopped);
      expect(await store.updateClass(c.code, c.ownerId, { closedAt: NOW + 6 })).toEqual({
        ...stopped,
        closedAt: NOW + 6,
      });
      expect(await store.updateClass(c.code, c.ownerId, { joinsClosedAt: null })).toEqual({
        ...c,
        closedAt: NOW + 6,
      });
    });
  });
}
