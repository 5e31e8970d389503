import { afterEach, describe, expect, it } from "vitest";
import { freshStore, someSlug } from "@/test/support/class-services";
import { ltiArrivals } from "./arrivals";
import { briefingOffer } from "./briefing-offers.server";
import { CLAIM, resourceLinkClaims, SCORE_SCOPE } from "./claims";
import { ltiCourseOwnerId } from "./lti-ids";

const NOW = Date.UTC(2026, 11, 2, 10, 0);
const LIS = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
const WHERE = { issuer: "https://lms.example", clientId: "tool-1", deploymentId: "deployment-1" };
const stores: ReturnType<typeof freshStore>[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

function setup() {
  const store = freshStore();
  stores.push(store);
  let n = 0;
  const arrivals = ltiArrivals({
    classes: store,
    lti: store,
    briefing: briefingOffer,
    newCode: () => `LTI${String(++n).padStart(3, "2")}`.slice(0, 6),
  });
  return { store, arrivals };
}

/** A resource link launch's claims, as verifyLaunch hands them on. */
function claims(over: Record<string, unknown> = {}) {
  return resourceLinkClaims.parse({
    sub: "lms-user-42",
    given_name: "Ada",
    [CLAIM.messageType]: "LtiResourceLinkRequest",
    [CLAIM.deploymentId]: "deployment-1",
    [CLAIM.targetLinkUri]: "https://quiz.example/lti/launch",
    [CLAIM.resourceLink]: { id: "link-7", title: "Briefing quiz" },
    [CLAIM.roles]: [`${LIS}Learner`],
    [CLAIM.context]: { id: "course-3", title: "Civics 10B" },
    [CLAIM.custom]: { slug: someSlug(), level: "standard", lang: "en" },
    ...over,
  });
}

describe("arriving from the LMS", () => {
  it("puts a learner in the link's class under the LMS's given name, the same student each time", async () => {
    const { store, arrivals } = setup();
    const first = await arrivals.arrive(claims(), WHERE, NOW);
    expect(first).toMatchObject({ kind: "learner", lang: "en" });
    if (first.kind !== "learner") throw new Error(first.kind);
    expect(await arrivals.arrive(claims(), WHERE, NOW + 1000)).toEqual(first);
    const klass = await store.getClass(first.code, NOW);
    expect(klass).toMatchObject({
      slug: someSlug(),
      title: "Briefing quiz",
      feedback: "immediate",
    });
    const { students } = await store.getClassRoster(first.code);
    expect(students.map((s) => s.nickname)).toEqual(["Ada"]);
  });

  it("names a learner without a given name 'Student', and two Adas apart", async () => {
    const { store, arrivals } = setup();
    const a = await arrivals.arrive(claims(), WHERE, NOW);
    await arrivals.arrive(claims({ sub: "other-ada" }), WHERE, NOW);
    await arrivals.arrive(claims({ sub: "nameless", given_name: undefined }), WHERE, NOW);
    const { students } = await store.getClassRoster((a as { code: string }).code);
    expect(students.map((s) => s.nickname).sort()).toEqual(["Ada", "Ada (2)", "Student"]);
  });

  it("makes the course's instructors the owner of its classes, one class per link", async () => {
    const { arrivals } = setup();
    const learner = await arrivals.arrive(claims(), WHERE, NOW);
    const teacher = await arrivals.arrive(
      claims({ sub: "teacher-1", [CLAIM.roles]: [`${LIS}Instructor`] }),
      WHERE,
      NOW,
    );
    expect(teacher).toEqual({
      kind: "instructor",
      code: (learner as { code: string }).code,
      ownerId: await ltiCourseOwnerId(WHERE, "course-3"),
      name: "Civics 10B",
    });
    const otherLink = await arrivals.arrive(
      claims({ [CLAIM.resourceLink]: { id: "link-8" } }),
      WHERE,
      NOW,
    );
    expect((otherLink as { code: string }).code).not.toBe((learner as { code: string }).code);
  });

  it("keeps platforms and deployments apart: the same ids elsewhere are another class", async () => {
    const { arrivals } = setup();
    const here = await arrivals.arrive(claims(), WHERE, NOW);
    const there = await arrivals.arrive(
      claims(),
      { ...WHERE, issuer: "https://other.example" },
      NOW,
    );
    const elsewhere = await arrivals.arrive(claims(), { ...WHERE, deploymentId: "d-2" }, NOW);
    const codes = [here, there, elsewhere].map((a) => (a as { code: string }).code);
    expect(new Set(codes).size).toBe(3);
    expect((here as { studentId: string }).studentId).not.toBe(
      (there as { studentId: string }).studentId,
    );
  });

  it("refuses a link without a briefing, a removed student, and a newcomer to a closed class", async () => {
    const { store, arrivals } = setup();
    const none = claims({ [CLAIM.custom]: { slug: "no-such-briefing" } });
    expect(await arrivals.arrive(none, WHERE, NOW)).toEqual({
      kind: "refused",
      why: "no-briefing",
    });
    const learner = await arrivals.arrive(claims(), WHERE, NOW);
    if (learner.kind !== "learner") throw new Error(learner.kind);
    const klass = (await store.getClass(learner.code, NOW))!;
    await store.removeStudent(klass.code, klass.ownerId, learner.studentId, NOW);
    expect(await arrivals.arrive(claims(), WHERE, NOW)).toEqual({
      kind: "refused",
      why: "removed",
      // Said in the class's language.
      lang: "en",
    });
    await store.updateClass(klass.code, klass.ownerId, { closedAt: NOW });
    expect(await arrivals.arrive(claims({ sub: "newcomer" }), WHERE, NOW)).toEqual({
      kind: "refused",
      why: "closed",
      lang: "en",
    });
  });

  it("makes a new class when the link's class has expired", async () => {
    const { store, arrivals } = setup();
    const first = (await arrivals.arrive(claims(), WHERE, NOW)) as { code: string };
    const klass = (await store.getClass(first.code, NOW))!;
    await store.deleteClass(klass.code, klass.ownerId);
    const again = (await arrivals.arrive(claims(), WHERE, NOW)) as { code: string };
    expect(again.code).not.toBe(first.code);
    expect((await arrivals.arrive(claims(), WHERE, NOW)) as { code: string }).toMatchObject({
      code: again.code,
    });
  });

  it("keeps where a learner's scores go when the LMS takes scores for the activity", async () => {
    const { store, arrivals } = setup();
    const ags = (scope: string[], lineitem?: string) => ({
      [CLAIM.ags]: { scope, ...(lineitem && { lineitem }) },
    });
    const lineItem = "https://lms.example/lineitems/9";
    const ada = await arrivals.arrive(claims(ags([SCORE_SCOPE], lineItem)), WHERE, NOW);
    if (ada.kind !== "learner") throw new Error(ada.kind);
    expect(await store.studentGrade(ada.code, ada.studentId)).toEqual({
      policy: "best",
      studentId: ada.studentId,
      target: { issuer: WHERE.issuer, clientId: "tool-1", lineItem, userId: "lms-user-42" },
    });
    // No score scope, no line item, or one in the clear from an https LMS: nothing kept.
    for (const over of [
      ags([], lineItem),
      ags([SCORE_SCOPE]),
      ags([SCORE_SCOPE], "http://169.254.169.254/lineitems/9"),
    ]) {
      const bo = await arrivals.arrive(claims({ sub: `bo-${Math.random()}`, ...over }), WHERE, NOW);
      if (bo.kind !== "learner") throw new Error(bo.kind);
      expect((await store.studentGrade(bo.code, bo.studentId)).target).toBeUndefined();
    }
    // An instructor is no learner: no target.
    await arrivals.arrive(
      claims({
        sub: "teach-1",
        [CLAIM.roles]: [`${LIS}Instructor`],
        ...ags([SCORE_SCOPE], lineItem),
      }),
      WHERE,
      NOW,
    );
    expect((await store.classGrades(ada.code)).students).toHaveLength(1);
  });
});
