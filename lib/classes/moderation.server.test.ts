import { afterEach, describe, expect, it } from "vitest";
import { routes } from "@/lib/links/routes";
import { freshStore, formOf, someSlug } from "@/test/support/class-services";
import { OTHER_QUIZ } from "@/lib/quiz/submit";
import { classSubmissions } from "./class-submissions.server";
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
  it("is admitted for the class's own quiz and a member, with a message otherwise", async () => {
    const { classes } = await setup();
    const asAna = classSubmissions(classes, async () => "s-ana");
    expect(await asAna.admit(CODE, someSlug(), NOW)).toEqual({ ok: true, studentId: "s-ana" });
    expect(await asAna.admit(CODE, "another-briefing", NOW)).toEqual({
      ok: false,
      message: OTHER_QUIZ,
    });
  });
});
