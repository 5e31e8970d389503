import { afterEach, describe, expect, it } from "vitest";
import { routes } from "@/lib/links/routes";
import { listBriefingSlugs } from "@/lib/content/load-briefings.server";
import { loadEdition } from "@/lib/content/load-edition.server";
import { toSpanish } from "@/lib/i18n/messages-es";
import { fakeBrowser, freshStore, formOf, someSlug } from "@/test/support/class-services";
import type { ClassRecord, Membership } from "./types";
import { UNKIND_NICKNAME } from "./kind-nickname-message";
import { NO_OPEN_CLASS } from "./class-door.server";
import { CLOSED, NOT_JOINING, REMOVED, studentService } from "./student.server";

const NOW = Date.UTC(2026, 11, 2, 9, 0);
const CODE = "ABCDEF";
const stores: ReturnType<typeof freshStore>[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A class on a fresh store, a phone, and the student service between them. */
async function setup(klass: Partial<ClassRecord> = {}, { limited = false, guesses = 50 } = {}) {
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
  // The asker's anonymous id: what it is linked to survives clearing the class cookie.
  const linked: Membership[] = [];
  const tooMany = { message: "Too many joins.", retryAfterSeconds: 60 };
  const guessing = { message: "Too many class links that do not exist.", retryAfterSeconds: 600 };
  let misses = 0;
  const service = studentService({
    classes,
    browser,
    limits: {
      join: async () => (limited ? tooMany : undefined),
      unknownClassGuard: async () => ({
        limited: misses >= guesses ? guessing : undefined,
        miss: async () => (++misses > guesses ? guessing : undefined),
      }),
    },
    linkMembership: async (membership) => void linked.push(membership),
    askerMemberships: async () => linked,
  });
  return { service, classes, browser, linked, misses: () => misses };
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
    expect(linked).toEqual([
      { code: CODE, studentId },
      { code: CODE, studentId },
    ]);
    expect((await classes.getClassRoster(CODE)).students).toHaveLength(1);
  });

  it("gives a newcomer one answer for every code it cannot join, and counts each as a guess", async () => {
    const cases = [
      await setup({ closedAt: NOW - 1 }),
      await setup({ closesAt: NOW }),
      await setup({ joinsClosedAt: NOW - 1 }),
    ];
    for (const { service, misses } of cases) {
      expect(await join(service, "Ana")).toEqual(refused(NO_OPEN_CLASS));
      expect(misses()).toBe(1);
    }
    const { service, misses } = await setup();
    for (const code of ["ZZZZZZ", "no!", CODE.replace(/./, "Z")]) {
      expect(await service.join(code, formOf({ nickname: "Ana" }), NOW)).toEqual(
        refused(NO_OPEN_CLASS),
      );
    }
    expect(misses()).toBe(3);
    // The class page answers the same way: nothing to join.
    expect(await cases[0]!.service.loadClassForStudent(CODE, NOW)).toEqual({ status: "missing" });
  });

  it("after the network's guesses run out, even a real open class is not looked up", async () => {
    const { service, classes } = await setup({}, { guesses: 2 });
    await join(service, "Ana"); // a real join: not a guess
    for (const code of ["ZZZZZZ", "YYYYYY"])
      await service.join(code, formOf({ nickname: "x" }), NOW);
    const limited = await service.join(CODE, formOf({ nickname: "Bo" }), NOW);
    expect(limited).toEqual(refused("Too many class links that do not exist.", "Bo"));
    expect((await classes.getClassRoster(CODE)).students).toHaveLength(1);
  });

  it("tells a member the class is closed or not taking newcomers: they know it", async () => {
    const { service, classes } = await setup();
    await join(service, "Ana");
    await classes.updateClass(CODE, "teacher-1", { joinsClosedAt: NOW });
    expect(await join(service, "Ana")).toEqual(refused(NOT_JOINING));
    await classes.updateClass(CODE, "teacher-1", { joinsClosedAt: null, closedAt: NOW });
    expect(await join(service, "Ana")).toEqual(refused(CLOSED));
  });

  it("tells a removed student so, and does not let them back in under a new name", async () => {
    const { service, classes, browser } = await setup();
    await join(service, "Ana");
    await classes.removeStudent(CODE, "teacher-1", browser.members.get(CODE)!, NOW);
    expect(await join(service, "Ana again")).toEqual(refused(REMOVED, "Ana again"));
    expect((await service.loadClassForStudent(CODE, NOW)).status).toBe("removed");
  });

  it("keeps a removed student out after they clear the class cookie, until the teacher lets them back", async () => {
    const { service, classes, browser } = await setup();
    await join(service, "Ana");
    const first = browser.members.get(CODE)!;
    await classes.removeStudent(CODE, "teacher-1", first, NOW);
    browser.members.clear(); // the class cookie gone; the anonymous id (or account) stays
    expect((await service.loadClassForStudent(CODE, NOW)).status).toBe("removed");
    expect(await join(service, "Someone new")).toEqual(refused(REMOVED, "Someone new"));
    expect(browser.members.size).toBe(0);
    await classes.restoreStudent(CODE, "teacher-1", first);
    expect(await join(service, "Ana")).toEqual({ redirect: routes.classJoin(CODE) });
  });

  it("refuses an unkind nickname beside the field, and stores nothing", async () => {
    const { service, browser } = await setup();
    expect(await join(service, "Ana the bitch")).toEqual({
      state: { fieldErrors: { nickname: UNKIND_NICKNAME }, values: { nickname: "Ana the bitch" } },
    });
    expect(browser.members.size).toBe(0);
  });

  it("refuses a rate-limited network at the class's join limit", async () => {
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

describe("a class in Spanish", () => {
  const spanishSlug = () => listBriefingSlugs().find((slug) => loadEdition(slug, "es"))!;

  it("joins in the page's language: on to the Spanish class page, remembered, refusals in Spanish", async () => {
    const { service, browser } = await setup({ slug: spanishSlug() });
    expect(
      await service.join(CODE, formOf({ nickname: "Ana the bitch", lang: "es" }), NOW),
    ).toEqual({
      state: {
        fieldErrors: { nickname: toSpanish(UNKIND_NICKNAME) },
        values: { nickname: "Ana the bitch" },
      },
    });
    expect(await service.join(CODE, formOf({ nickname: "Ana", lang: "es" }), NOW)).toEqual({
      redirect: routes.classJoin(CODE, "es"),
    });
    expect(browser.lang).toBe("es");
  });

  it("opens the plain link in the class's starting language until the student chooses", async () => {
    const { service, browser } = await setup({ slug: spanishSlug(), lang: "es" });
    const spanish = await service.loadClassForStudent(CODE, NOW, "en");
    expect(spanish).toMatchObject({ status: "found", lang: "es" });
    expect(spanish.status === "found" && spanish.briefing.lang).toBe("es");
    browser.lang = "en";
    expect(await service.loadClassForStudent(CODE, NOW, "en")).toMatchObject({ lang: "en" });
    expect(await service.loadClassForStudent(CODE, NOW, "es")).toMatchObject({ lang: "es" });
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
