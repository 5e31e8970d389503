import { afterEach, describe, expect, it } from "vitest";
import { routes } from "@/lib/links/routes";
import { freshStore, formOf, someSlug } from "@/test/support/class-services";
import { OTHER_QUIZ } from "@/lib/quiz/submit";
import { classDoor } from "./class-door.server";
import { classSubmissions, NO_OPEN_CLASS_FOR_ANSWERS } from "./class-submissions.server";
import { NOT_A_MEMBER } from "./class-submit";
import { moderationService } from "./moderation.server";
import { teacherService } from "./teacher.server";

const NOW = Date.UTC(2026, 11, 2, 9, 0);
const CODE = "ABCDEF";
const stores: ReturnType<typeof freshStore>[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A class with two students, and moderation as `asker` sees it. */
async function setup(asker = "teacher-1") {
  const classes = freshStore();
  stores.push(classes);
  await classes.createClass({
    code: CODE,
    ownerId: "teacher-1",
    title: "Period 3",
    slug: someSlug(),
    feedback: "immediate",
    createdAt: NOW,
  });
  await classes.joinClass(CODE, "s-ana", "Ana", NOW);
  await classes.joinClass(CODE, "s-bo", "Bo", NOW);
  const teacher = teacherService({
    classes,
    identity: { userId: async () => asker },
    limitCreation: async () => undefined,
    limitExport: async () => undefined,
  });
  return { classes, service: moderationService({ classes, teacher }) };
}

const post = (fields: Record<string, string>) => formOf({ code: CODE, ...fields });

describe("renaming and removing a student", () => {
  it("renames, and refuses a taken, unkind or invalid name with a notice at the student's row", async () => {
    const { service, classes } = await setup();
    const rename = (nickname: string) =>
      service.moderate(post({ op: "rename", studentId: "s-ana", nickname }), NOW);
    expect(await rename("bo")).toEqual({
      redirect: routes.classDashboardNotice(CODE, "taken", "s-ana"),
    });
    expect(await rename("Ana the bitch")).toEqual({
      redirect: routes.classDashboardNotice(CODE, "unkind", "s-ana"),
    });
    expect(await rename("")).toEqual({
      redirect: routes.classDashboardNotice(CODE, "invalid", "s-ana"),
    });
    expect(await rename("Annie")).toEqual({ redirect: routes.classDashboard(CODE) });
    expect((await classes.getStudent(CODE, "s-ana"))?.nickname).toBe("Annie");
  });

  it("removes only with the tick, and a resent removal changes nothing more", async () => {
    const { service, classes } = await setup();
    const remove = (confirm?: string) =>
      service.moderate(
        post({ op: "remove", studentId: "s-bo", ...(confirm ? { confirm } : {}) }),
        NOW,
      );
    expect(await remove()).toEqual({
      redirect: routes.classDashboardNotice(CODE, "confirm-remove", "s-bo"),
    });
    expect((await classes.getStudent(CODE, "s-bo"))?.removedAt).toBeUndefined();
    expect(await remove("yes")).toEqual({ redirect: routes.classDashboard(CODE) });
    expect(await remove("yes")).toEqual({ redirect: routes.classDashboard(CODE) });
    expect((await classes.getStudent(CODE, "s-bo"))?.removedAt).toBe(NOW);
  });

  it("lets a removed student back in: the teacher's undo, idempotent", async () => {
    const { service, classes } = await setup();
    await service.moderate(post({ op: "remove", studentId: "s-bo", confirm: "yes" }), NOW);
    const restore = () => service.moderate(post({ op: "restore", studentId: "s-bo" }), NOW);
    expect(await restore()).toEqual({ redirect: routes.classDashboard(CODE) });
    expect(await restore()).toEqual({ redirect: routes.classDashboard(CODE) });
    expect(await classes.getStudent(CODE, "s-bo")).toEqual({
      studentId: "s-bo",
      nickname: "Bo",
      joinedAt: NOW,
    });
    expect(await service.moderate(post({ op: "restore", studentId: "s-nobody" }), NOW)).toEqual({
      notFound: true,
    });
  });

  it("answers 404 to another teacher, an unknown student or operation, and changes nothing", async () => {
    const other = await setup("teacher-2");
    const form = post({ op: "remove", studentId: "s-bo", confirm: "yes" });
    expect(await other.service.moderate(form, NOW)).toEqual({ notFound: true });
    expect((await other.classes.getStudent(CODE, "s-bo"))?.removedAt).toBeUndefined();
    const { service } = await setup();
    const unknown: Record<string, string>[] = [
      { op: "rename", studentId: "s-nobody", nickname: "X" },
      { op: "ban", studentId: "s-bo" },
    ];
    for (const fields of unknown)
      expect(await service.moderate(post(fields), NOW)).toEqual({ notFound: true });
  });
});

describe("a quiz sent in a class", () => {
  it("counts for a member of the class's own quiz; everyone else gets the door's answer", async () => {
    const { classes } = await setup();
    const guard = async () => ({ limited: undefined, miss: async () => undefined });
    const as = (studentId?: string) =>
      classSubmissions(
        classes,
        classDoor({ classes, member: async () => studentId, unknownClassGuard: guard }),
      );
    expect(await as("s-ana").admit(CODE, someSlug(), NOW)).toEqual({
      ok: true,
      studentId: "s-ana",
    });
    expect(await as("s-ana").admit(CODE, "another-briefing", NOW)).toEqual({
      ok: false,
      message: OTHER_QUIZ,
    });
    // Not in the class: an open class says join first; no class at all, or a closed one, the same.
    expect(await as().admit(CODE, someSlug(), NOW)).toEqual({ ok: false, message: NOT_A_MEMBER });
    expect(await as().admit("ZZZZZZ", someSlug(), NOW)).toEqual({
      ok: false,
      message: NO_OPEN_CLASS_FOR_ANSWERS,
    });
    await classes.updateClass(CODE, "teacher-1", { closedAt: NOW });
    expect(await as().admit(CODE, someSlug(), NOW + 1)).toEqual({
      ok: false,
      message: NO_OPEN_CLASS_FOR_ANSWERS,
    });
  });
});
