import { expect, test } from "../fixtures";
import { quiz, SLUG } from "../quiz-helpers";
import {
  actor,
  createClass,
  join,
  pageText,
  signedIn,
  studentIdOf,
  submit,
  type Actor,
} from "./actors";
import { buildActions, buildRoutes, callAction, formOf, quizForm } from "./server-actions";

// OWASP ASVS 8.2.2 / 8.3.1: every server action and every page or route handler in the build
// (read from the build's manifests, so a new one fails this spec until it has a row), called
// over HTTP as people who must not get in. Each row has a control (the rightful owner, same
// request) so a refusal is known to come from authorization, not from a broken request.
//
// Victims: student B (an attempt in teacher Y's class) and teacher Y (the class).
// Attackers: anonymous, student A (same class), teacher X (another class), and a cross-site
// page posting with the victims' own cookies (Origin: elsewhere).

test.describe.configure({ mode: "serial" });

let Y: Actor, X: Actor, A: Actor, B: Actor, anon: Actor;
let code: string, attemptB: string;

test.beforeAll(async ({ baseURL }) => {
  const stamp = Date.now().toString(36);
  [Y, X, A, B, anon] = await Promise.all([
    signedIn(baseURL!, `Teacher Y ${stamp}`),
    signedIn(baseURL!, `Teacher X ${stamp}`),
    actor(baseURL!, "Student A"),
    actor(baseURL!, "Student B"),
    actor(baseURL!, "Anonymous"),
  ]);
  code = await createClass(baseURL!, Y);
  await createClass(baseURL!, X);
  await join(baseURL!, B, code, "Bea");
  await join(baseURL!, A, code, "Al");
  attemptB = await submit(baseURL!, B, { classCode: code, right: true });
  await submit(baseURL!, A, { classCode: code, right: false });
});

test.afterAll(async () => {
  for (const person of [Y, X, A, B, anon]) await person?.http.dispose();
});

/** Y's view of the class: the roster as CSV, and the class's state on the dashboard. */
async function classState() {
  const csv = await (await Y.http.get(`/teach/${code}/results.csv`)).text();
  const dashboard = await (await Y.http.get(`/teach/${code}`)).text();
  const status = dashboard.match(/data-testid="class-status"[^>]*>([^<]+)</)?.[1];
  return { csv, status, revealed: dashboard.includes("Hide answers") };
}

async function resultOfB() {
  return (await B.http.get(`/${SLUG}/quiz/result/${attemptB}`)).text();
}

const CROSS_SITE = "https://attacker.example";

type Attempt = { who: Actor; origin?: string };
const attackers = (): Attempt[] => [
  { who: anon },
  { who: A },
  { who: X },
  { who: B, origin: CROSS_SITE },
  { who: Y, origin: CROSS_SITE },
];
const label = ({ who, origin }: Attempt) => (origin ? `${who.name} via ${origin}` : who.name);

const successes: string[] = [];
let tried = 0;
function record(row: string, attempt: Attempt, succeeded: boolean) {
  tried++;
  if (succeeded) successes.push(`${row} as ${label(attempt)}`);
}

// One row per server action: how to attack it, and what would count as getting in.
const actionRows: Record<string, (baseURL: string) => Promise<void>> = {
  "app/(en)/(reader)/[slug]/quiz/actions.ts#submitQuiz": async (baseURL) => {
    // Overwrite B's attempt (B's id, wrong answers) inside Y's class.
    const before = { result: await resultOfB(), state: await classState() };
    for (const attempt of attackers()) {
      const form = quizForm(
        quiz.questions,
        { slug: SLUG, attemptId: attemptB, classCode: code },
        false,
      );
      const result = await callAction(attempt.who.http, baseURL, {
        page: `/${SLUG}/quiz`,
        key: "app/(en)/(reader)/[slug]/quiz/actions.ts#submitQuiz",
        args: [null, form],
        origin: attempt.origin,
      });
      const after = { result: await resultOfB(), state: await classState() };
      // B resending B's own attempt from B's browser is a duplicate: it may land on B's result.
      const own = attempt.who === B && !attempt.origin;
      record(
        "submitQuiz (B's attempt id, in Y's class)",
        attempt,
        (!own && result.redirect?.includes(attemptB) === true) ||
          after.result !== before.result ||
          after.state.csv !== before.state.csv,
      );
    }
  },
  "app/(en)/(class)/c/[code]/actions.ts#joinAction": async (baseURL) => {
    // Take B's seat by joining under B's nickname.
    for (const attempt of attackers()) {
      const fresh = await actor(baseURL, `${attempt.who.name} (fresh)`);
      const who = attempt.who === anon ? fresh : attempt.who;
      await callAction(who.http, baseURL, {
        page: `/c/${code}`,
        key: "app/(en)/(class)/c/[code]/actions.ts#joinAction",
        args: [code, null, formOf({ nickname: "Bea" })],
        origin: attempt.origin,
      });
      const page = await (await who.http.get(`/c/${code}`)).text();
      const { csv } = await classState();
      const beaRows = csv.split("\n").filter((line) => line.startsWith('"Bea",'));
      record(
        "joinAction (as Bea)",
        attempt,
        /you are Bea</.test(page) && who !== B ? true : beaRows.length !== 1,
      );
      await fresh.http.dispose();
    }
  },
  "app/(en)/(teacher)/teach/actions.ts#classAction": async (baseURL) => {
    for (const op of ["close", "reveal", "delete", "reopen", "hide"]) {
      for (const attempt of attackers()) {
        const before = await classState();
        const result = await callAction(attempt.who.http, baseURL, {
          page: `/teach/${code}`,
          key: "app/(en)/(teacher)/teach/actions.ts#classAction",
          args: [formOf({ code, op, confirm: "yes" })],
          origin: attempt.origin,
        });
        const after = await classState();
        record(
          `classAction ${op} on Y's class`,
          attempt,
          JSON.stringify(after) !== JSON.stringify(before) || result.redirect === `/teach/${code}`,
        );
      }
    }
  },
  "app/(en)/(teacher)/teach/actions.ts#moderateAction": async (baseURL) => {
    // Rename Bea, or remove her (and her results) from Y's class.
    const studentId = await studentIdOf(Y, code, "Bea");
    const attacks: Record<string, string>[] = [
      { op: "rename", nickname: "Hacked" },
      { op: "remove", confirm: "yes" },
    ];
    for (const fields of attacks) {
      for (const attempt of attackers()) {
        const before = await classState();
        const result = await callAction(attempt.who.http, baseURL, {
          page: `/teach/${code}`,
          key: "app/(en)/(teacher)/teach/actions.ts#moderateAction",
          args: [formOf({ code, studentId, ...fields })],
          origin: attempt.origin,
        });
        const after = await classState();
        record(
          `moderateAction ${fields.op} Bea in Y's class`,
          attempt,
          after.csv !== before.csv || result.redirect?.startsWith(`/teach/${code}`) === true,
        );
      }
    }
  },
  "app/(en)/(teacher)/teach/actions.ts#lmsGradesAction": async (baseURL) => {
    // Choose which score Y's class sends to its LMS, or send its grades again: only Y is
    // answered with the dashboard (everyone else gets the 404 before anything is read).
    const key = "app/(en)/(teacher)/teach/actions.ts#lmsGradesAction";
    const own = await callAction(Y.http, baseURL, {
      page: `/teach/${code}`,
      key,
      args: [formOf({ code, op: "best" })],
    });
    expect(own.redirect, "control: Y may choose").toBe(`/teach/${code}`);
    for (const op of ["latest", "send-again"]) {
      for (const attempt of attackers()) {
        const result = await callAction(attempt.who.http, baseURL, {
          page: `/teach/${code}`,
          key,
          args: [formOf({ code, op })],
          origin: attempt.origin,
        });
        record(`lmsGradesAction ${op} on Y's class`, attempt, result.redirect !== undefined);
      }
    }
  },
  "app/(en)/(teacher)/teach/actions.ts#createClassAction": async (baseURL) => {
    // Only a signed-in teacher may create; and never through another site.
    for (const attempt of [{ who: anon }, { who: A }, { who: B }, { who: Y, origin: CROSS_SITE }]) {
      const result = await callAction(attempt.who.http, baseURL, {
        page: "/teach",
        key: "app/(en)/(teacher)/teach/actions.ts#createClassAction",
        args: [null, formOf({ title: "Sneaky", slug: SLUG, feedback: "immediate" })],
        origin: attempt.origin,
      });
      record("createClassAction", attempt, /\/teach\/[A-Z2-9]{6}$/.test(result.redirect ?? ""));
    }
  },
  "app/(en)/(account)/signin/actions.ts#continueAs": async (baseURL) => {
    // A cross-site page signing a visitor in (login CSRF), or sending them elsewhere after.
    // Fresh visitors: a sign-in that works must not make `anon` signed in for later rows.
    for (const origin of [CROSS_SITE, undefined]) {
      const visitor = await actor(baseURL, "Visitor");
      const result = await callAction(visitor.http, baseURL, {
        page: "/signin",
        key: "app/(en)/(account)/signin/actions.ts#continueAs",
        args: [null, formOf({ name: "Mallory", from: "https://attacker.example/phish" })],
        origin,
      });
      const offSite = result.redirect !== undefined && !result.redirect.startsWith(baseURL);
      record(
        "continueAs",
        { who: visitor, origin },
        origin ? result.redirect !== undefined : offSite,
      );
      await visitor.http.dispose();
    }
  },
  "app/(en)/(account)/signin/actions.ts#signInWithProvider": async (baseURL) => {
    // Providers that are not buttons on our page (credentials by the back door), and open
    // redirects through `from`.
    for (const provider of ["local", "credentials", "github", "oidc"]) {
      const result = await callAction(anon.http, baseURL, {
        page: "/signin",
        key: "app/(en)/(account)/signin/actions.ts#signInWithProvider",
        args: [formOf({ provider, from: "//attacker.example" })],
      });
      const target = result.redirect ?? "";
      const allowed = provider === "oidc" && target.startsWith("http://localhost:");
      record(
        `signInWithProvider ${provider}`,
        { who: anon },
        !allowed && !target.includes("error=Configuration"),
      );
      expect(target).not.toContain("attacker.example");
    }
  },
  "app/(en)/(account)/me/actions.ts#deleteMyDataAction": async (baseURL) => {
    // Nothing in the request names whose data: each caller can only ever delete their own. So
    // the attackers here are fresh visitors, and B and Y through another site; B's attempt and
    // Bea's row must survive every one. (A success would sign the caller out, so it runs after the teacher rows.)
    const bea = (csv: string) =>
      csv
        .split("\n")
        .filter((l) => l.startsWith('"Bea",'))
        .join();
    const visitor = await actor(baseURL, "Visitor");
    for (const attempt of [
      { who: visitor },
      { who: B, origin: CROSS_SITE },
      { who: Y, origin: CROSS_SITE },
    ]) {
      const before = { result: await resultOfB(), bea: bea((await classState()).csv) };
      await callAction(attempt.who.http, baseURL, {
        page: "/me",
        key: "app/(en)/(account)/me/actions.ts#deleteMyDataAction",
        args: [formOf({ confirm: "yes" })],
        origin: attempt.origin,
      });
      const after = { result: await resultOfB(), bea: bea((await classState()).csv) };
      record(
        "deleteMyDataAction (B's data)",
        attempt,
        JSON.stringify(after) !== JSON.stringify(before),
      );
    }
    await visitor.http.dispose();
  },
  "app/(en)/(account)/signin/actions.ts#signOutAction": async (baseURL) => {
    // Signing someone out from another site, or an open redirect after signing out.
    const cross = await callAction(Y.http, baseURL, {
      page: "/signin",
      key: "app/(en)/(account)/signin/actions.ts#signOutAction",
      args: [formOf({ from: "/me" })],
      origin: CROSS_SITE,
    });
    record("signOutAction", { who: Y, origin: CROSS_SITE }, cross.redirect !== undefined);
    const stillIn = await (await Y.http.get("/api/auth/session")).json();
    record("signOutAction (Y still signed in)", { who: Y, origin: CROSS_SITE }, !stillIn?.user);
    const fresh = await actor(baseURL, "Leaver");
    const open = await callAction(fresh.http, baseURL, {
      page: "/signin",
      key: "app/(en)/(account)/signin/actions.ts#signOutAction",
      args: [formOf({ from: "https://attacker.example" })],
    });
    record("signOutAction open redirect", { who: fresh }, !open.redirect?.startsWith(baseURL));
    await fresh.http.dispose();
  },
};

// One row per page and route handler. `private` rows: B's or Y's data must not show.
const routeRows: Record<string, (() => Promise<void>) | "public"> = {
  "/(en)/(reader)/page": "public",
  "/(en)/(reader)/[slug]/page": "public",
  "/(en)/(reader)/[slug]/easy/page": "public",
  "/(en)/(reader)/level/route": "public",
  "/(en)/(reader)/language/route": "public",
  "/(es)/es/[slug]/page": "public",
  "/(es)/es/[slug]/easy/page": "public",
  "/(es)/es/[slug]/opengraph-image/route": "public",
  "/(es)/es/[slug]/quiz/page": "public",
  "/(en)/(account)/privacy/page": "public",
  "/(es)/es/(account)/privacy/page": "public",
  "/(en)/(reader)/[slug]/quiz/page": "public",
  "/(en)/(reader)/[slug]/opengraph-image/route": "public",
  "/(en)/opengraph-image/route": "public",
  "/icon.svg/route": "public",
  "/manifest.webmanifest/route": "public",
  "/robots.txt/route": "public",
  "/sitemap.xml/route": "public",
  "/(en)/(account)/signin/page": "public",
  "/(es)/es/(account)/signin/page": "public",
  "/_not-found/page": "public",
  // LTI: an LMS's login, launch and the tab a framed launch continues in carry their own
  // proofs (signed state bound to the browser, the platform's signature, one-time tickets:
  // lib/lti's tests break each one); the failure and "open in a new tab" pages show nothing
  // of anyone's; our public keys are public.
  "/lti/login/route": "public",
  "/lti/launch/route": "public",
  "/lti/continue/route": "public",
  "/lti/jwks/route": "public",
  "/lti/deep-link/route": "public",
  // Dynamic Registration: a 404 without the key in LTI_REGISTRATION_KEY (e2e/lti.spec.ts).
  "/lti/register/route": "public",
  "/(en)/lti/pick/page": "public",
  "/(en)/lti/failed/page": "public",
  "/(en)/lti/open/page": "public",
  "/(es)/es/lti/failed/page": "public",
  "/(es)/es/lti/open/page": "public",
  "/_global-error/page": "public",
  "/(en)/(reader)/[slug]/quiz/result/[attemptId]/page": async () => {
    await privateTo(B, `/${SLUG}/quiz/result/${attemptB}`, attemptB);
  },
  "/(en)/(reader)/[slug]/quiz/retry/[attemptId]/page": async () => {
    await privateTo(B, `/${SLUG}/quiz/retry/${attemptB}`, "Retry");
  },
  "/(es)/es/[slug]/quiz/result/[attemptId]/page": async () => {
    await privateTo(B, `/es/${SLUG}/quiz/result/${attemptB}`, attemptB);
  },
  "/(es)/es/[slug]/quiz/retry/[attemptId]/page": async () => {
    await privateTo(B, `/es/${SLUG}/quiz/retry/${attemptB}`, "Reintentar");
  },
  "/(en)/(account)/me/page": async () => {
    await privateTo(B, "/me", attemptB);
  },
  "/(es)/es/(account)/me/page": async () => {
    await privateTo(B, "/es/me", attemptB);
  },
  "/(en)/(account)/me/data/route": async () => {
    await privateTo(B, "/me/data", attemptB);
  },
  "/(en)/(teacher)/teach/page": async () => {
    await privateTo(Y, "/teach", code);
  },
  "/(en)/(teacher)/teach/[code]/page": async () => {
    await privateTo(Y, `/teach/${code}`, "Bea");
  },
  "/(en)/(teacher)/teach/[code]/print/page": async () => {
    await privateTo(Y, `/teach/${code}/print`, code);
  },
  "/(en)/(teacher)/teach/[code]/results.csv/route": async () => {
    await privateTo(Y, `/teach/${code}/results.csv`, "Bea");
  },
  "/(en)/(teacher)/teach/[code]/export/[file]/route": async () => {
    // The class's quiz file names the class link: Y's class, for Y only.
    await privateTo(Y, `/teach/${code}/export/${SLUG}-quiz.gift.txt`, `/c/${code}`);
  },
  "/(en)/(teacher)/teach/export/[file]/route": async () => {
    // The answers, for any signed-in teacher (Y, X), never for anyone signed out.
    await signedInOnly(`/teach/export/${SLUG}-quiz.gift.txt`, "Contains the answers");
  },
  "/(en)/(class)/c/[code]/page": async () => {
    // Anyone with the link may join; nobody but B sees B's nickname as theirs.
    await privateTo(B, `/c/${code}`, "you are Bea</span>");
  },
  "/(en)/(class)/c/[code]/quiz/page": async () => {
    await privateTo(B, `/c/${code}/quiz`, "you are Bea</span>");
  },
  "/(es)/es/c/[code]/page": async () => {
    await privateTo(B, `/es/c/${code}`, "eres Bea</span>");
  },
  "/(es)/es/c/[code]/quiz/page": async () => {
    await privateTo(B, `/es/c/${code}/quiz`, "eres Bea</span>");
  },
  "/api/auth/[...nextauth]/route": async () => {
    await privateTo(Y, "/api/auth/session", Y.name);
  },
};

/** The owner sees `marker` (the control); nobody else's response contains it. */
async function privateTo(owner: Actor, path: string, marker: string) {
  const own = await pageText(owner, path);
  expect(own.text.includes(marker), `control: ${owner.name} sees ${marker} on ${path}`).toBe(true);
  for (const who of [anon, A, X, B, Y].filter((p) => p !== owner)) {
    const { ok, text } = await pageText(who, path);
    record(`GET ${path}`, { who }, ok && text.includes(marker));
  }
}

/** Signed-in people see `marker` (the control); nobody signed out does. */
async function signedInOnly(path: string, marker: string) {
  for (const teacher of [Y, X]) {
    const own = await pageText(teacher, path);
    expect(own.text.includes(marker), `control: ${teacher.name} sees ${marker}`).toBe(true);
  }
  for (const who of [anon, A, B]) {
    const { ok, text } = await pageText(who, path);
    record(`GET ${path}`, { who }, ok && text.includes(marker));
  }
}

test("every action and route in the build has a row, and nobody gets in", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const actions = buildActions().map((a) => a.key);
  expect(new Set(actions), "actions without a row").toEqual(new Set(Object.keys(actionRows)));
  expect(buildRoutes(), "routes without a row").toEqual(Object.keys(routeRows).sort());

  for (const row of Object.values(actionRows)) await row(baseURL!);
  for (const row of Object.values(routeRows)) if (row !== "public") await row();

  // The rows ran against real data: B's result and Y's class are as they were made.
  const total = quiz.questions.length;
  expect((await pageText(B, `/${SLUG}/quiz/result/${attemptB}`)).text).toMatch(
    new RegExp(`>${total} <span[^>]*>of ${total}<`),
  );
  const state = await classState();
  expect(state.status).toBe("Open");
  expect(state.csv.split("\n").filter((l) => l.startsWith('"Bea",'))).toHaveLength(1);

  console.log(`authorization matrix: ${tried} attempts, ${successes.length} got in`);
  expect(successes).toEqual([]);
  expect(tried).toBeGreaterThan(60);
});
