import { describe, expect, it } from "vitest";
import type { ClassesPort } from "@/lib/classes/classes-port";
import type { GradeTarget, LtiPort } from "@/lib/lti/lti-port";
import type { SubjectsPort } from "@/lib/privacy/subjects-port";
import { classRecord } from "./class-contract";
import type { MakeStore } from "./each-fresh";

const T0 = 1_800_000_000_000;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const target = (userId: string): GradeTarget => ({
  issuer: "https://lms.example",
  clientId: "tool-1",
  lineItem: "https://lms.example/lineitems/7",
  userId,
});
const sent = (attemptId: string, ok = true) => ({
  attemptId,
  scoreGiven: 7.333333333333333,
  scoreMaximum: 21,
  at: T0,
  ok,
  ...(ok ? {} : { failure: "503" }),
});

type Store = LtiPort & ClassesPort & Pick<SubjectsPort, "deleteSubject">;

/** The LTI port, run against each adapter. */
export function ltiContract(name: string, makeStore: MakeStore<Store>) {
  describe(`LTI contract: ${name}`, () => {
    it("takes a nonce once, refuses it again while it lives, and keeps nonces apart", async () => {
      const store = await makeStore();
      const key = `https://lms.example\u0000${crypto.randomUUID()}`;
      expect(await store.useLtiNonce(key, T0 + 10 * MINUTE, T0)).toBe(true);
      expect(await store.useLtiNonce(key, T0 + 10 * MINUTE, T0 + MINUTE)).toBe(false);
      expect(await store.useLtiNonce(`${key}-other`, T0 + 10 * MINUTE, T0)).toBe(true);
      await store.close();
    });

    it("of many launches with one nonce at once, exactly one gets in", async () => {
      const store = await makeStore();
      const key = `https://lms.example\u0000${crypto.randomUUID()}`;
      const results = await Promise.all(
        Array.from({ length: 20 }, () => store.useLtiNonce(key, T0 + MINUTE, T0)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      await store.close();
    });

    it("points a resource link at a class once, and moves it only off a stale class", async () => {
      const store = await makeStore();
      const link = `link-${crypto.randomUUID()}`;
      expect(await store.ltiClassCode(link)).toBeUndefined();
      expect(await store.claimLtiClass(link, "AAAAAA")).toBe("AAAAAA");
      // A second first launch loses to the first, and is told where the link points.
      expect(await store.claimLtiClass(link, "BBBBBB")).toBe("AAAAAA");
      // Moving off a class that is no longer the one it points at changes nothing.
      expect(await store.claimLtiClass(link, "CCCCCC", "ZZZZZZ")).toBe("AAAAAA");
      // Moving off the stale class it points at works.
      expect(await store.claimLtiClass(link, "DDDDDD", "AAAAAA")).toBe("DDDDDD");
      expect(await store.ltiClassCode(link)).toBe("DDDDDD");
      await store.close();
    });

    it("of many first launches of a link at once, all end on one class", async () => {
      const store = await makeStore();
      const link = `link-${crypto.randomUUID()}`;
      const codes = await Promise.all(
        ["AAAAAA", "BBBBBB", "CCCCCC", "DDDDDD"].map((c) => store.claimLtiClass(link, c)),
      );
      expect(new Set(codes).size).toBe(1);
      await store.close();
    });

    it("keeps each student's grade target and last send, and the class's policy", async () => {
      const store = await makeStore();
      const klass = classRecord();
      await store.createClass(klass);
      expect(await store.classGrades(klass.code)).toEqual({ policy: "best", students: [] });
      await store.setGradeTarget(klass.code, "s1", target("lms-1"));
      await store.setGradeTarget(klass.code, "s2", target("lms-2"));
      await store.setGradeSent(klass.code, "s1", sent("a1", false));
      await store.setGradeSent(klass.code, "s1", sent("a2"));
      await store.setGradePolicy(klass.code, "latest");
      expect(await store.studentGrade(klass.code, "s1")).toEqual({
        policy: "latest",
        studentId: "s1",
        target: target("lms-1"),
        sent: sent("a2"),
      });
      expect(await store.studentGrade(klass.code, "s3")).toEqual({
        policy: "latest",
        studentId: "s3",
      });
      const grades = await store.classGrades(klass.code);
      expect(grades.policy).toBe("latest");
      expect(grades.students.sort((a, b) => a.studentId.localeCompare(b.studentId))).toEqual([
        { studentId: "s1", target: target("lms-1"), sent: sent("a2") },
        { studentId: "s2", target: target("lms-2") },
      ]);
      await store.close();
    });

    it("drops grade writes for a class that does not exist", async () => {
      const store = await makeStore();
      await store.setGradeTarget("NOCLSS", "s1", target("lms-1"));
      await store.setGradePolicy("NOCLSS", "latest");
      expect(await store.classGrades("NOCLSS")).toEqual({ policy: "best", students: [] });
      await store.close();
    });

    it("deletes a student's grades when removed or their data is deleted, and all with the class", async () => {
      const store = await makeStore();
      const klass = classRecord();
      await store.createClass(klass);
      for (const id of ["s1", "s2", "s3"]) {
        await store.joinClass(klass.code, id, id, T0);
        await store.setGradeTarget(klass.code, id, target(`lms-${id}`));
        await store.setGradeSent(klass.code, id, sent(`a-${id}`));
      }
      await store.removeStudent(klass.code, klass.ownerId, "s1", T0);
      await store.deleteSubject("anon-s2", [{ code: klass.code, studentId: "s2" }]);
      const left = await store.classGrades(klass.code);
      expect(left.students.map((s) => s.studentId)).toEqual(["s3"]);
      await store.deleteClass(klass.code, klass.ownerId);
      // A class made again under the code starts with nothing.
      await store.createClass(klass);
      expect((await store.classGrades(klass.code)).students).toEqual([]);
      await store.close();
    });

    it("expires a class's grades with the class", async () => {
      const store = await makeStore();
      const klass = classRecord();
      await store.createClass(klass);
      await store.setGradeTarget(klass.code, "s1", target("lms-1"));
      await store.updateClass(klass.code, klass.ownerId, { closedAt: Date.now() - 400 * DAY });
      // Read as the service does: the class first (SQLite sweeps expired classes on access).
      expect(await store.getClass(klass.code, Date.now())).toBeUndefined();
      expect((await store.classGrades(klass.code)).students).toEqual([]);
      await store.close();
    });

    it("keeps the LMSs that registered themselves, adding deployments to a known one", async () => {
      const store = await makeStore();
      const issuer = `https://lms-${crypto.randomUUID()}.example`;
      const platform = {
        issuer,
        clientId: "c-1",
        deploymentIds: ["d-1"],
        authLoginUrl: `${issuer}/auth`,
        authTokenUrl: `${issuer}/token`,
        jwksUrl: `${issuer}/jwks`,
        name: "moodle",
      };
      expect(await store.listLtiPlatforms()).toEqual([]);
      await store.saveLtiPlatform(platform);
      await store.saveLtiPlatform({ ...platform, deploymentIds: ["d-2"], jwksUrl: `${issuer}/k2` });
      await store.saveLtiPlatform({ ...platform, clientId: "c-2" });
      const all = await store.listLtiPlatforms();
      expect(all.sort((a, b) => a.clientId.localeCompare(b.clientId))).toEqual([
        { ...platform, deploymentIds: ["d-1", "d-2"], jwksUrl: `${issuer}/k2` },
        { ...platform, clientId: "c-2" },
      ]);
      await store.close();
    });
  });
}
