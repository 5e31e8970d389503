import { afterEach, describe, expect, it } from "vitest";
import { routes } from "@/lib/links/routes";
import { LANGS } from "@/lib/i18n/lang";
import { exportFileName } from "@/lib/quiz/export/exporters";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import { freshStore, formOf, someSlug } from "@/test/support/class-services";
import { CODE_TRIES } from "./fresh-code";
import { FUTURE_CLOSE, teacherService } from "./teacher.server";

const NOW = Date.UTC(2026, 11, 2, 9, 0);
const stores: ReturnType<typeof freshStore>[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A teacher service on a fresh store; `codes` are drawn in order, then repeat the last. */
function setup({
  signedOut = false,
  codes = ["AAAAAA"],
  limited = false,
  asker = "teacher-1",
} = {}) {
  const classes = freshStore();
  stores.push(classes);
  let draws = 0;
  let exports = 0;
  const service = teacherService({
    classes,
    identity: { userId: async () => (signedOut ? undefined : asker) },
    limitCreation: async () =>
      limited ? { message: "Too many classes.", retryAfterSeconds: 60 } : undefined,
    limitExport: async () => {
      exports++;
      return limited ? { message: "Too many files.", retryAfterSeconds: 60 } : undefined;
    },
    newCode: () => codes[Math.min(draws++, codes.length - 1)]!,
  });
  return { service, classes, draws: () => draws, exports: () => exports };
}

const values = (extra: Record<string, string> = {}) => ({
  title: "Period 3",
  slug: someSlug(),
  feedback: "immediate",
  ...extra,
});

describe("creating a class", () => {
  it("refuses a close time that is not in the future, beside that field", async () => {
    const { service } = setup();
    // 09:00 UTC now; a teacher at UTC (offset 0) picks 09:00 and then 08:59 the same day.
    for (const closesAt of ["2026-12-02T09:00", "2026-12-02T08:59"]) {
      expect(await service.createClassFromForm(values({ closesAt }), NOW)).toEqual({
        ok: false,
        errors: { closesAt: FUTURE_CLOSE },
      });
    }
  });

  it("reads the close time in the teacher's own time zone", async () => {
    const { service } = setup();
    // 10:30 in Berlin (UTC+1, so getTimezoneOffset() is -60) is 09:30 UTC: 30 minutes ahead.
    const outcome = await service.createClassFromForm(
      values({ closesAt: "2026-12-02T10:30", timezoneOffset: "-60" }),
      NOW,
    );
    expect(outcome).toMatchObject({ ok: true, record: { closesAt: NOW + 30 * 60_000 } });
    // The same wall-clock time in New York (UTC-5) is hours ahead, in Tokyo (UTC+9) past.
    const past = await service.createClassFromForm(
      values({ closesAt: "2026-12-02T10:30", timezoneOffset: "-540" }),
      NOW,
    );
    expect(past).toEqual({ ok: false, errors: { closesAt: FUTURE_CLOSE } });
  });

  it("draws another code while the drawn one is taken, and stops after a bounded number", async () => {
    const { service, draws } = setup({ codes: ["AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA", "BBBBBB"] });
    expect(await service.createClassFromForm(values(), NOW)).toMatchObject({
      ok: true,
      record: { code: "AAAAAA" },
    });
    // Three draws collide with the first class, the fourth is free.
    expect(await service.createClassFromForm(values(), NOW)).toMatchObject({
      ok: true,
      record: { code: "BBBBBB" },
    });
    expect(draws()).toBe(5);
    // Every draw taken: it gives up after CODE_TRIES rather than loop for ever.
    const before = draws();
    await expect(service.createClassFromForm(values(), NOW)).rejects.toThrow(
      `could not draw a free class code in ${CODE_TRIES} tries`,
    );
    expect(draws() - before).toBe(CODE_TRIES);
  });

  it("sends a signed-out teacher to sign in, and back to /teach after", async () => {
    const { service } = setup({ signedOut: true });
    expect(await service.createClass(formOf(values()), NOW)).toEqual({
      redirect: routes.signIn({ from: routes.teach() }),
    });
  });

  it("keeps what was typed beside each problem: an unknown briefing, a rate limit", async () => {
    const { service } = setup();
    const unknown = await service.createClass(formOf(values({ slug: "no-such-briefing" })), NOW);
    expect(unknown).toEqual({
      state: {
        fieldErrors: { slug: "Choose a briefing." },
        values: values({ slug: "no-such-briefing" }),
      },
    });
    const limited = await setup({ limited: true }).service.createClass(formOf(values()), NOW);
    expect(limited).toEqual({
      state: { fieldErrors: {}, formError: "Too many classes.", values: values() },
    });
  });

  it("goes on to the new class's dashboard, owned by the teacher who made it", async () => {
    const { service, classes } = setup();
    expect(await service.createClass(formOf(values()), NOW)).toEqual({
      redirect: routes.classDashboard("AAAAAA"),
    });
    expect(await classes.getClass("AAAAAA", NOW)).toMatchObject({
      ownerId: "teacher-1",
      title: "Period 3",
    });
  });
});

describe("a class's owner, and nobody else", () => {
  it("sees and changes it; another teacher gets the same answer as for no class", async () => {
    const { service, classes } = setup();
    await service.createClassFromForm(values(), NOW);
    const other = teacherService({
      classes,
      identity: { userId: async () => "teacher-2" },
      limitCreation: async () => undefined,
      limitExport: async () => undefined,
    });
    expect(await other.ownedClass("AAAAAA", NOW)).toBeUndefined();
    expect(await other.applyClassOp("AAAAAA", "close", false, NOW)).toBe("missing");
    expect(await other.classOp(formOf({ code: "AAAAAA", op: "close" }), NOW)).toEqual({
      notFound: true,
    });
    expect(await service.applyClassOp("AAAAAA", "close", false, NOW)).toBe("changed");
    expect((await classes.getClass("AAAAAA", NOW))?.closedAt).toBe(NOW);
    // Deleting needs the tick; without it nothing is deleted.
    expect(await service.applyClassOp("AAAAAA", "delete", false, NOW)).toBe("confirm");
    expect(await classes.getClass("AAAAAA", NOW)).toBeDefined();
  });
});

describe("exporting a quiz for the school's LMS", () => {
  const ORIGIN = "https://quiz.example";
  const file = (format: string) => `${someSlug()}-quiz.${format}`;
  const text = (body: string | Uint8Array) =>
    typeof body === "string" ? body : new TextDecoder().decode(body);

  it("gives any signed-in teacher each format, linking back to the briefing", async () => {
    const { service } = setup();
    for (const [format, type] of [
      ["imscc", "application/vnd.ims.imsccv1p1"],
      ["moodle.xml", "application/xml; charset=utf-8"],
      ["gift.txt", "text/plain; charset=utf-8"],
    ] as const) {
      const outcome = await service.quizExport(file(format), ORIGIN, undefined, NOW);
      expect(outcome).toMatchObject({ file: { name: file(format), contentType: type } });
    }
    const gift = await service.quizExport(file("gift.txt"), ORIGIN, undefined, NOW);
    const body = text((gift as { file: { body: string } }).file.body);
    expect(body).toContain(`${ORIGIN}${routes.briefing(someSlug())}`);
    expect(body).not.toContain("class link");
  });

  it("refuses, as for a file that does not exist, anyone signed out and any name not ours, without counting them", async () => {
    const signedOut = setup({ signedOut: true });
    expect(await signedOut.service.quizExport(file("gift.txt"), ORIGIN, undefined, NOW)).toBe(
      undefined,
    );
    const { service, exports } = setup();
    for (const name of [
      "no-such-briefing-quiz.gift.txt",
      `${someSlug()}-quiz.pdf`,
      `${someSlug()}.gift.txt`,
      "-quiz.imscc",
      `../${someSlug()}-quiz.imscc`,
    ]) {
      expect(await service.quizExport(name, ORIGIN, undefined, NOW), name).toBeUndefined();
    }
    expect(exports()).toBe(0);
  });

  it("from a class: its owner only, in the class's language, with the class link at its level", async () => {
    const { service, classes } = setup();
    const created = await service.createClassFromForm(values({ level: "easy", lang: "es" }), NOW);
    const record = (created as { record: { code: string; level?: string; lang?: "es" } }).record;
    const lang = record.lang ?? "en";
    const name = exportFileName(someSlug(), "gift", lang);
    const outcome = await service.quizExport(name, ORIGIN, record.code, NOW);
    const body = text((outcome as { file: { body: string } }).file.body);
    expect(body).toContain(`${ORIGIN}${routes.classJoin(record.code, lang)}`);
    const briefing =
      record.level === "easy"
        ? routes.easyBriefing(someSlug(), lang)
        : routes.briefing(someSlug(), lang);
    expect(body).toContain(`(${ORIGIN}${briefing})`);
    // The class's file is in the class's language only.
    const otherLang = exportFileName(someSlug(), "gift", lang === "en" ? "es" : "en");
    expect(await service.quizExport(otherLang, ORIGIN, record.code, NOW)).toBeUndefined();
    const other = teacherService({
      classes,
      identity: { userId: async () => "teacher-2" },
      limitCreation: async () => undefined,
      limitExport: async () => undefined,
    });
    expect(await other.quizExport(name, ORIGIN, record.code, NOW)).toBeUndefined();
    expect(await other.quizExport(name, ORIGIN, "ZZZZZZ", NOW)).toBeUndefined();
  });

  it("gives each language a briefing has a quiz in, and 404s the others", async () => {
    const { service } = setup();
    for (const lang of LANGS) {
      const name = exportFileName(someSlug(), "moodle", lang);
      const outcome = await service.quizExport(name, ORIGIN, undefined, NOW);
      if (loadQuiz(someSlug(), lang)) {
        expect(outcome, name).toMatchObject({ file: { name } });
        const xml = text((outcome as { file: { body: string } }).file.body);
        expect(xml).toContain(`${ORIGIN}${routes.briefing(someSlug(), lang)}`);
      } else {
        expect(outcome, name).toBeUndefined();
      }
    }
  });

  it("refuses past the per-teacher limit, saying when to come back", async () => {
    const { service } = setup({ limited: true });
    expect(await service.quizExport(file("imscc"), ORIGIN, undefined, NOW)).toEqual({
      limited: { message: "Too many files.", retryAfterSeconds: 60 },
    });
  });
});
