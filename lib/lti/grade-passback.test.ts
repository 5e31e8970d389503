import { afterEach, describe, expect, it } from "vitest";
import type { Platform } from "@/lib/env/lti-platforms";
import { classAttempt, classRecord } from "@/test/contracts/class-contract";
import { formOf, freshStore } from "@/test/support/class-services";
import { gradePassback } from "./grade-passback";
import type { GradeOutcome, Score } from "./grade-service";
import { lmsGradesService } from "./lms-grades";

const PLATFORM: Platform = {
  issuer: "https://lms.example",
  clientId: "tool-1",
  deploymentIds: ["d-1"],
  authLoginUrl: "https://lms.example/auth",
  authTokenUrl: "https://lms.example/token",
  jwksUrl: "https://lms.example/jwks",
};
const LINE_ITEM = "https://lms.example/lineitems/9";
const NOW = Date.now();
const stores: ReturnType<typeof freshStore>[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A class with two students the LMS launched (Ada, Bo) and one who joined by link (Cy). */
async function setup(answers: GradeOutcome[] = []) {
  const store = freshStore();
  stores.push(store);
  const klass = classRecord();
  await store.createClass(klass);
  for (const [id, name] of [
    ["ada", "Ada"],
    ["bo", "Bo"],
    ["cy", "Cy"],
  ] as const) {
    await store.joinClass(klass.code, id, name, NOW);
  }
  for (const id of ["ada", "bo"]) {
    await store.setGradeTarget(klass.code, id, {
      issuer: PLATFORM.issuer,
      clientId: PLATFORM.clientId,
      lineItem: LINE_ITEM,
      userId: `lms-${id}`,
    });
  }
  const posted: { platform: Platform; lineItem: string; score: Score }[] = [];
  const passback = gradePassback({
    grades: store,
    classes: store,
    platforms: async () => [PLATFORM],
    async postScore(platform, lineItem, score) {
      posted.push({ platform, lineItem, score });
      return answers.shift() ?? { ok: true };
    },
    now: () => NOW,
    log: () => {},
  });
  const owner = { id: klass.ownerId };
  const dashboard = lmsGradesService({
    owned: async (code) => (code === klass.code && owner.id === klass.ownerId ? klass : undefined),
    classes: store,
    grades: store,
    passback,
  });
  const attempt = async (studentId: string, score: number, at: number) => {
    const a = classAttempt({ score, maxScore: 10, createdAt: at });
    await store.recordClassAttempt(klass.code, studentId, a);
    return a;
  };
  return { store, klass, passback, dashboard, posted, attempt, owner };
}

describe("scores back to the LMS", () => {
  it("sends a launched student's scored attempt once, as the LMS's user, and records it", async () => {
    const { store, klass, passback, posted, attempt } = await setup();
    expect(await passback.send(klass.code, "ada")).toBe("no-score");
    const first = await attempt("ada", 6, NOW);
    expect(await passback.send(klass.code, "ada")).toBe("sent");
    expect(posted).toEqual([
      {
        platform: PLATFORM,
        lineItem: LINE_ITEM,
        score: { userId: "lms-ada", scoreGiven: 6, scoreMaximum: 10, timestamp: NOW },
      },
    ]);
    // Idempotent: the same attempt is in the LMS already.
    expect(await passback.send(klass.code, "ada")).toBe("sent");
    expect(posted).toHaveLength(1);
    expect((await store.studentGrade(klass.code, "ada")).sent).toEqual({
      attemptId: first.attemptId,
      scoreGiven: 6,
      scoreMaximum: 10,
      at: NOW,
      ok: true,
    });
    // A student who joined by the class link has nowhere to send to.
    await attempt("cy", 9, NOW);
    expect(await passback.send(klass.code, "cy")).toBeUndefined();
    expect(posted).toHaveLength(1);
  });

  it("sends the best attempt by default, the latest when the teacher chooses it", async () => {
    const { klass, passback, dashboard, posted, attempt } = await setup();
    await attempt("ada", 8, NOW);
    await passback.send(klass.code, "ada");
    await attempt("ada", 3, NOW + 1000);
    // Best is still the 8 that is in the LMS: nothing to send.
    expect(await passback.send(klass.code, "ada")).toBe("sent");
    expect(posted.map((p) => p.score.scoreGiven)).toEqual([8]);
    // Latest: the 3 goes now, with the choice.
    const done = await dashboard.act(formOf({ code: klass.code, op: "latest" }));
    expect(done).toEqual({ redirect: `/teach/${klass.code}` });
    expect(posted.map((p) => p.score.scoreGiven)).toEqual([8, 3]);
    expect((await dashboard.view(klass.code))?.policy).toBe("latest");
  });

  it("records a send the LMS refused, shows it, and sends it again when asked", async () => {
    const down: GradeOutcome = { ok: false, status: 503, detail: "down" };
    const { klass, passback, dashboard, posted, attempt } = await setup([down]);
    await attempt("ada", 6, NOW);
    expect(await passback.send(klass.code, "ada")).toBe("failed");
    const view = await dashboard.view(klass.code);
    expect(view?.rows).toEqual([
      {
        studentId: "ada",
        nickname: "Ada",
        state: "failed",
        sent: expect.objectContaining({ ok: false, failure: "503" }),
      },
      { studentId: "bo", nickname: "Bo", state: "no-score" },
    ]);
    await dashboard.act(formOf({ code: klass.code, op: "send-again" }));
    expect(posted).toHaveLength(2);
    expect((await dashboard.view(klass.code))?.rows[0]?.state).toBe("sent");
    // Again: nothing left to send.
    await dashboard.act(formOf({ code: klass.code, op: "send-again" }));
    expect(posted).toHaveLength(2);
  });

  it("says a score could not go when its LMS is no longer registered", async () => {
    const store = freshStore();
    stores.push(store);
    const klass = classRecord();
    await store.createClass(klass);
    await store.joinClass(klass.code, "ada", "Ada", NOW);
    await store.setGradeTarget(klass.code, "ada", {
      issuer: "https://gone.example",
      clientId: "x",
      lineItem: LINE_ITEM,
      userId: "u",
    });
    await store.recordClassAttempt(klass.code, "ada", classAttempt());
    const passback = gradePassback({
      grades: store,
      classes: store,
      platforms: async () => [PLATFORM],
      postScore: async () => {
        throw new Error("must not post");
      },
      now: () => NOW,
      log: () => {},
    });
    expect(await passback.send(klass.code, "ada")).toBe("failed");
    expect((await store.studentGrade(klass.code, "ada")).sent?.failure).toBe("unregistered");
  });

  it("shows the grades to the class's owner only, and only for a class an LMS launched", async () => {
    const { store, klass, dashboard, owner, posted } = await setup();
    expect(await dashboard.view("NOCLSS")).toBeUndefined();
    expect(await dashboard.act(formOf({ code: "NOCLSS", op: "send-again" }))).toEqual({
      notFound: true,
    });
    expect(await dashboard.act(formOf({ code: klass.code, op: "everything" }))).toEqual({
      notFound: true,
    });
    owner.id = "someone-else";
    expect(await dashboard.view(klass.code)).toBeUndefined();
    expect(await dashboard.act(formOf({ code: klass.code, op: "latest" }))).toEqual({
      notFound: true,
    });
    expect((await store.classGrades(klass.code)).policy).toBe("best");
    expect(posted).toHaveLength(0);
    // A removed student's row goes with them.
    owner.id = klass.ownerId;
    await store.removeStudent(klass.code, klass.ownerId, "bo", NOW);
    expect((await dashboard.view(klass.code))?.rows.map((r) => r.nickname)).toEqual(["Ada"]);
  });
});
