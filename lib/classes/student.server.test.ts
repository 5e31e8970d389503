import { afterEach, describe, expect, it } from "vitest";
import { routes } from "@/lib/links/routes";
import { fakeBrowser, freshStore, formOf, someSlug } from "@/test/support/class-services";
import type { ClassRecord } from "./types";
import { UNKIND_NICKNAME } from "./kind-nickname-message";
import { CLOSED, INVALID_LINK, NOT_JOINING, REMOVED, studentService } from "./student.server";

const NOW = Date.UTC(2026, 11, 2, 9, 0);
const CODE = "ABCDEF";
const stores: ReturnType<typeof freshStore>[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A class on a fresh store, a phone, and the student service between them. */
async function setup(klass: Partial<ClassRecord> = {}, { limited = false } = {}) {
  const classes = freshStore();
  stores.push(classes);
  const record: ClassRecord = {
    code: CODE,
    ownerId: "teacher-1",
    title: "Period 3",
    slug: someSlug(),
    feedback: "immediate",
    createdAt: NOW - 60_000,
    ...klass,
  };
  await classes.createClass(record);
  const browser = fakeBrowser();
  const linked: string[] = [];
  const tooMany = { message: "Too many joins.", retryAfterSeconds: 60 };
  const service = studentService({
    classes,
    browser,
    limits: {
      join: async () => (limited ? tooMany : undefined),
      unknownClassGuard: async () => ({ limited: undefined, miss: async () => undefined }),
    },
    linkMembership: async ({ code, studentId }) => void linked.push(`${code}:${studentId}`),
  });
  return { service, classes, browser, linked };
}

const join = (service: Awaited<ReturnType<typeof setup>>["service"], nickname: string) =>
  service.join(CODE, formOf({ nickname }), NOW);
const refused = (formError: string, nickname = "Ana") => ({
  state: { fieldErrors: {}, formError, values: { nickname } },
});

describe("joining a class", () => {
  it("goes on to the class, links the membership for 'delete my data', and a rejoin is the same student", async () => {
    const { service, browser, linked, classes } = await setup();
    expect(await join(service, "Ana")).toEqual({ redirect: routes.classJoin(CODE) });
    expect(await join(service, "Ana")).toEqual({ redirect: routes.classJoin(CODE) });
    const studentId = browser.members.get(CODE)!;
    expect(linked).toEqual([`${CODE}:${studentId}`, `${CODE}:${studentId}`]);
    expect((await classes.getClassRoster(CODE)).students).toHaveLength(1);
  });

  it("says a closed class is closed, whether the teacher closed it or its time passed", async () => {
    expect(await join((await setup({ closedAt: NOW - 1 })).service, "Ana")).toEqual(
      refused(CLOSED),
    );
    expect(await join((await setup({ closesAt: NOW })).service, "Ana")).toEqual(refused(CLOSED));
  });

  it("says an open class that stopped taking newcomers is not taking them", async () => {
    const { service } = await setup({ joinsClosedAt: NOW - 1 });
    expect(await join(service, "Ana")).toEqual(refused(NOT_JOINING));
  });

  it("tells a removed student so, and does not let them back in under a new name", async () => {
    const { service, classes, browser } = await setup();
    await join(service, "Ana");
    await classes.removeStudent(CODE, "teacher-1", browser.members.get(CODE)!, NOW);
    expect(await join(service, "Ana again")).toEqual(refused(REMOVED, "Ana again"));
    expect((await service.loadClassForStudent(CODE, NOW)).status).toBe("removed");
  });

  it("refuses an unkind nickname beside the field, and stores nothing", async () => {
    const { service, browser } = await setup();
    expect(await join(service, "Ana the bitch")).toEqual({
      state: { fieldErrors: { nickname: UNKIND_NICKNAME }, values: { nickname: "Ana the bitch" } },
    });
    expect(browser.members.size).toBe(0);
  });

  it("refuses a code that cannot be one, and a rate-limited network, before reading the class", async () => {
    const { service } = await setup();
    expect(await service.join("no!", formOf({ nickname: "Ana" }), NOW)).toEqual(
      refused(INVALID_LINK),
    );
    const limited = (await setup({}, { limited: true })).service;
    expect(await join(limited, "Ana")).toEqual(refused("Too many joins."));
  });

  it("starts the student at the class's level, unless they chose one already", async () => {
    const easy = await setup({ level: "easy" });
    await join(easy.service, "Ana");
    expect(easy.browser.level).toBe("easy");
    const chose = await setup({ level: "easy" });
    chose.browser.level = "standard";
    await join(chose.service, "Ana");
    expect(chose.browser.level).toBe("standard");
  });
});

describe("the class page", () => {
  it("finds the class with this browser's student, or says it is missing", async () => {
    const { service } = await setup();
    expect(await service.loadClassForStudent("zzzzzz", NOW)).toEqual({ status: "missing" });
    expect(await service.loadClassForStudent(CODE.toLowerCase(), NOW)).toMatchObject({
      status: "found",
      student: undefined,
      open: true,
      joinable: true,
    });
    await join(service, "Ana");
    expect(await service.loadClassForStudent(CODE, NOW)).toMatchObject({
      status: "found",
      student: { nickname: "Ana" },
    });
  });
});
