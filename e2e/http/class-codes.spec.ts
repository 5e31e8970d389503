import { randomUUID } from "node:crypto";
import { expect, test } from "../fixtures";
import { quiz, SLUG } from "../quiz-helpers";
import { createClass, signedIn, type Actor } from "./actors";
import { clearOfWindowEdge, from, network } from "./networks";
import { buildActions, buildRoutes, callAction, formOf, quizForm } from "./server-actions";
import { RULES } from "../../lib/rate-limit/rules";

// Class codes are the secret of a class link: 887 million of them, safe only while nobody
// can try them at request speed. Every action and route of the build is listed below (a new
// one fails this spec until it has a row), by what it does with a class code:
// - door: looks the code up for whoever asks. A newcomer gets one answer for every code it
//   cannot join (unknown, closed, not taking students), and every such code counts against
//   the network's guesses before any lookup.
// - owner: a teacher's page or action: anyone but the owner gets the same 404 for any code.
// - echo: takes a code but never looks it up (the level switch sends the reader back to it).
// - none: takes no class code.

type Probe = (who: Actor, code: string, baseURL: string) => Promise<string>;
type Row = { kind: "door" | "owner" | "echo"; probe: Probe } | { kind: "none" };

/** A response as text with what varies per code or request made the same. */
function normalized(text: string, code: string): string {
  return (
    text
      .replaceAll(code, "CODE")
      .replaceAll(code.toLowerCase(), "code")
      .replace(/"digest":"\d+"/g, '"digest":"D"')
      // React's per-render keys of a rendered not-found boundary.
      .replace(/\["\$","\$L\w+","[\w-]+"/g, '["$","$L","K"')
      .replace(/nonce="[^"]*"/g, 'nonce="N"')
  );
}

const page =
  (path: (code: string) => string): Probe =>
  async (who, code) => {
    const response = await who.http.get(path(code), { maxRedirects: 0 });
    const body = normalized(await response.text(), code);
    const location = normalized(response.headers()["location"] ?? "", code);
    return `${response.status()} ${location} ${body}`;
  };

const action =
  (key: string, page: (code: string) => string, args: (code: string) => unknown[]): Probe =>
  async (who, code, baseURL) => {
    const result = await callAction(who.http, baseURL, { page: page(code), key, args: args(code) });
    return normalized(`${result.status} ${result.redirect ?? ""} ${result.body}`, code);
  };

const none: Row = { kind: "none" };
const ROWS: Record<string, Row> = {
  "/(en)/(class)/c/[code]/page": { kind: "door", probe: page((c) => `/c/${c}`) },
  "/(en)/(class)/c/[code]/quiz/page": { kind: "door", probe: page((c) => `/c/${c}/quiz`) },
  "/(es)/es/c/[code]/page": { kind: "door", probe: page((c) => `/es/c/${c}`) },
  "/(es)/es/c/[code]/quiz/page": { kind: "door", probe: page((c) => `/es/c/${c}/quiz`) },
  "app/(en)/(class)/c/[code]/actions.ts#joinAction": {
    kind: "door",
    probe: action(
      "app/(en)/(class)/c/[code]/actions.ts#joinAction",
      (c) => `/c/${c}`,
      (c) => [c, null, formOf({ nickname: "Probe" })],
    ),
  },
  "app/(en)/(reader)/[slug]/quiz/actions.ts#submitQuiz": {
    kind: "door",
    probe: action(
      "app/(en)/(reader)/[slug]/quiz/actions.ts#submitQuiz",
      () => `/${SLUG}/quiz`,
      (c) => [
        null,
        quizForm(quiz.questions, { slug: SLUG, attemptId: randomUUID(), classCode: c }),
      ],
    ),
  },
  "/(en)/(reader)/level/route": {
    kind: "echo",
    probe: page((c) => `/level?slug=${SLUG}&to=standard&class=${c}`),
  },
  "/(en)/(teacher)/teach/[code]/page": { kind: "owner", probe: page((c) => `/teach/${c}`) },
  "/(en)/(teacher)/teach/[code]/print/page": {
    kind: "owner",
    probe: page((c) => `/teach/${c}/print`),
  },
  "/(en)/(teacher)/teach/[code]/results.csv/route": {
    kind: "owner",
    probe: page((c) => `/teach/${c}/results.csv`),
  },
  "/(en)/(teacher)/teach/[code]/export/[file]/route": {
    kind: "owner",
    probe: page((c) => `/teach/${c}/export/${SLUG}-quiz.gift.txt`),
  },
  "/(en)/(teacher)/teach/export/[file]/route": none,
  "app/(en)/(teacher)/teach/actions.ts#classAction": {
    kind: "owner",
    probe: action(
      "app/(en)/(teacher)/teach/actions.ts#classAction",
      (c) => `/teach/${c}`,
      (c) => [formOf({ code: c, op: "close" })],
    ),
  },
  "app/(en)/(teacher)/teach/actions.ts#moderateAction": {
    kind: "owner",
    probe: action(
      "app/(en)/(teacher)/teach/actions.ts#moderateAction",
      (c) => `/teach/${c}`,
      (c) => [formOf({ code: c, op: "remove", studentId: "x", confirm: "yes" })],
    ),
  },
  "app/(en)/(teacher)/teach/actions.ts#lmsGradesAction": {
    kind: "owner",
    probe: action(
      "app/(en)/(teacher)/teach/actions.ts#lmsGradesAction",
      (c) => `/teach/${c}`,
      (c) => [formOf({ code: c, op: "send-again" })],
    ),
  },
  "app/(en)/(teacher)/teach/actions.ts#createClassAction": none,
  "app/(en)/(account)/signin/actions.ts#continueAs": none,
  "app/(en)/(account)/signin/actions.ts#signInWithProvider": none,
  "app/(en)/(account)/signin/actions.ts#signOutAction": none,
  "app/(en)/(account)/me/actions.ts#deleteMyDataAction": none,
  "/(en)/(reader)/page": none,
  "/(en)/(reader)/[slug]/page": none,
  "/(en)/(reader)/[slug]/easy/page": none,
  "/(en)/(reader)/[slug]/quiz/page": none,
  "/(en)/(reader)/[slug]/quiz/result/[attemptId]/page": none,
  "/(en)/(reader)/[slug]/quiz/retry/[attemptId]/page": none,
  "/(en)/(reader)/[slug]/opengraph-image/route": none,
  "/(en)/(reader)/language/route": {
    kind: "echo",
    probe: page((c) => `/language?slug=${SLUG}&to=es&level=standard&class=${c}`),
  },
  "/(es)/es/[slug]/quiz/page": none,
  "/(es)/es/[slug]/quiz/result/[attemptId]/page": none,
  "/(es)/es/[slug]/quiz/retry/[attemptId]/page": none,
  "/(es)/es/(account)/privacy/page": none,
  "/(es)/es/(account)/signin/page": none,
  "/(es)/es/(account)/me/page": none,
  "/(es)/es/[slug]/page": none,
  "/(es)/es/[slug]/easy/page": none,
  "/(es)/es/[slug]/opengraph-image/route": none,
  "/(en)/(account)/privacy/page": none,
  "/(en)/(account)/signin/page": none,
  "/(en)/(account)/me/page": none,
  "/(en)/(account)/me/data/route": none,
  "/(en)/(teacher)/teach/page": none,
  "/(en)/opengraph-image/route": none,
  "/icon.svg/route": none,
  "/manifest.webmanifest/route": none,
  "/robots.txt/route": none,
  "/sitemap.xml/route": none,
  "/_not-found/page": none,
  "/lti/login/route": none,
  "/lti/launch/route": none,
  "/lti/continue/route": none,
  "/lti/jwks/route": none,
  "/lti/deep-link/route": none,
  "/lti/register/route": none,
  "/(en)/lti/pick/page": none,
  "/(en)/lti/failed/page": none,
  "/(en)/lti/open/page": none,
  "/(es)/es/lti/failed/page": none,
  "/(es)/es/lti/open/page": none,
  "/_global-error/page": none,
  "/api/auth/[...nextauth]/route": none,
};

test.describe.configure({ mode: "serial" });

let teacher: Actor;
/** Codes by what a newcomer may do there. */
const codes = { open: "", closed: "", stopped: "", deleted: "" };

test.beforeAll(async ({ baseURL }) => {
  teacher = await signedIn(baseURL!, `Code teacher ${randomUUID().slice(0, 8)}`, network());
  for (const kind of ["open", "closed", "stopped", "deleted"] as const) {
    codes[kind] = await createClass(baseURL!, teacher);
  }
  const op = async (code: string, name: string) =>
    callAction(teacher.http, baseURL!, {
      page: `/teach/${code}`,
      key: "app/(en)/(teacher)/teach/actions.ts#classAction",
      args: [formOf({ code, op: name, confirm: "yes" })],
    });
  await op(codes.closed, "close");
  await op(codes.stopped, "stop-joins");
  await op(codes.deleted, "delete");
});

test.afterAll(async () => {
  await teacher?.http.dispose();
});

test("every action and route of the build says what it does with a class code", () => {
  const inBuild = [...buildActions().map((a) => a.key), ...buildRoutes()];
  expect(
    inBuild.filter((key) => !(key in ROWS)),
    "rows missing",
  ).toEqual([]);
  expect(
    Object.keys(ROWS).filter((key) => !inBuild.includes(key)),
    "rows for nothing",
  ).toEqual([]);
});

test("a newcomer gets one answer for every code it cannot join, on every path", async ({
  baseURL,
}) => {
  const unknown = "ZZZZZZ";
  for (const [key, row] of Object.entries(ROWS)) {
    if (row.kind === "none") continue;
    // A fresh network and browser per path, so no path spends another's guesses.
    const newcomer = await from(baseURL!, network());
    const answers = new Map<string, string>();
    for (const [what, code] of Object.entries({
      unknown,
      closed: codes.closed,
      stopped: codes.stopped,
      deleted: codes.deleted,
    })) {
      answers.set(what, await row.probe(newcomer, code, baseURL!));
    }
    const distinct = new Set(answers.values());
    expect(distinct.size, `${key}: ${[...answers.keys()].join(", ")} answer alike`).toBe(1);
    await newcomer.http.dispose();
  }
});

test("every door path counts a code that leads nowhere against the network's one allowance", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  await clearOfWindowEdge(RULES.unknownClassPerIp.windowMs, 60_000);
  const classPage = ROWS["/(en)/(class)/c/[code]/page"]!;
  if (classPage.kind === "none") throw new Error("the class page takes a code");
  for (const [key, row] of Object.entries(ROWS)) {
    if (row.kind !== "door") continue;
    const guesser = await from(baseURL!, network());
    expect(await classPage.probe(guesser, codes.open, baseURL!)).toContain("Join a class");
    for (let i = 0; i < RULES.unknownClassPerIp.limit; i++) {
      await row.probe(guesser, `ZZ${String(i).padStart(4, "2").replace(/[01]/g, "3")}`, baseURL!);
    }
    // Out of guesses through this path alone: every path, the open class included, is closed
    // to this network until the window passes, and it learns nothing of any code.
    for (const [other, next] of Object.entries(ROWS)) {
      if (next.kind !== "door") continue;
      const answer = await next.probe(guesser, codes.open, baseURL!);
      // In either language: the Spanish class pages say the same in Spanish.
      expect(answer, `${other} after ${key}'s misses`).not.toMatch(
        /Join a class|Unirse a una clase/,
      );
      if (!other.endsWith("/quiz/page")) {
        expect(answer, `${other} after ${key}'s misses`).toMatch(
          /Too many class links|demasiados enlaces de clase/,
        );
      }
    }
    await guesser.http.dispose();
  }
});
