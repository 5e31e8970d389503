import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import fc from "fast-check";
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
import { actionId, buildActions, callAction, formOf, quizForm } from "./server-actions";
import { ACTION_BODY_LIMIT_KB } from "../../lib/security/body-limit";

// Every server action fed malformed, oversized, wrong-typed and extra-field payloads over
// HTTP (OWASP ASVS 2.2, 15.3.3). Payloads encoded with React's own encoder must never reach
// a 500 (that would be our code throwing); raw garbage, oversized bodies and undecodable paths
// are refused by the proxy (proxy.ts) with a 400 or 413 before anything decodes them. No response may carry a stack trace or a secret, and nothing invalid may be
// stored: the victims' data is compared before and after.

test.describe.configure({ mode: "serial" });

const RUNS = 25;
const SECRETS = [
  "e2e-only-client-secret",
  "e2e-only-secret",
  "bridge-token",
  ...[".data/e2e/auth-secret"].flatMap((file) => {
    try {
      return [readFileSync(file, "utf8").trim()];
    } catch {
      return [];
    }
  }),
];
const LEAKS = [/\n\s+at [\w$.<>[\] ]+ \(/, /node_modules/, /\.next\/server/, /\/work\//];

const tally = { encoded: 0, raw: 0, leaks: [] as string[] };

function expectClean(what: string, body: string) {
  for (const secret of SECRETS) if (body.includes(secret)) tally.leaks.push(`${what}: a secret`);
  for (const leak of LEAKS) if (leak.test(body)) tally.leaks.push(`${what}: ${leak}`);
}

let teacher: Actor, student: Actor, stranger: Actor;
let code: string;
const NICK = "Fuzzy";

test.beforeAll(async ({ baseURL }) => {
  teacher = await signedIn(baseURL!, `Fuzz teacher ${Date.now().toString(36)}`);
  student = await actor(baseURL!, "Fuzz student");
  stranger = await actor(baseURL!, "Fuzz stranger");
  code = await createClass(baseURL!, teacher);
  await join(baseURL!, student, code, NICK);
  await submit(baseURL!, student, { classCode: code });
});

test.afterAll(async () => {
  for (const person of [teacher, student, stranger]) await person?.http.dispose();
});

/** What must not change: the student's attempts, the class roster, the teacher's classes. */
async function snapshot() {
  const me = (await pageText(student, "/me")).text;
  const csv = await (await teacher.http.get(`/teach/${code}/results.csv`)).text();
  const teach = await (await teacher.http.get("/teach")).text();
  return {
    attempts: me.match(/>Attempts<\/dt><dd[^>]*>(\d+)</)?.[1],
    roster: csv.split("\n").length,
    row: csv
      .split("\n")
      .find((line) => line.startsWith(`"${NICK}",`))
      ?.split(",")[7],
    classes: new Set(teach.match(/\/teach\/[A-Z2-9]{6}/g)).size,
    // Junk must not mint an identity: no anonymous id, class seat or session. (Auth.js's own
    // callback-url and CSRF cookies identify nobody.)
    strangerIdentity: (await stranger.http.storageState()).cookies
      .map((c) => c.name)
      .filter((name) => !/authjs\.(callback-url|csrf-token)$/.test(name)),
  };
}

// Invalid on purpose, each in its own way; a valid form is the starting point.
const questionIds = quiz.questions.map((q) => q.id);
const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 50 }),
  fc.constantFrom("__proto__", "constructor", "toString", "", " ", "\u0000", "../../etc", "true"),
  fc.string({ minLength: 3000, maxLength: 4000 }),
);
// Control characters in a field *name* make a multipart header no browser sends; the
// multipart parser refuses it before React or our code (covered with the raw bodies below).
const fieldName = junk.filter((name) => !/[\u0000-\u001f\u007f]/.test(name));
const quizMutation = fc.oneof(
  fc.record({ kind: fc.constant("drop"), id: fc.constantFrom(...questionIds) }),
  fc.record({ kind: fc.constant("garbage"), id: fc.constantFrom(...questionIds), value: junk }),
  fc.record({ kind: fc.constant("extra"), name: fieldName, value: junk }),
  fc.record({
    kind: fc.constant("extra"),
    name: fc.constantFrom(
      "answers.zzz",
      "answers",
      "__proto__",
      "answers.__proto__",
      "score",
      "subjectId",
      "credits",
    ),
    value: junk,
  }),
  fc.record({
    kind: fc.constant("field"),
    name: fc.constantFrom("slug", "attemptId", "classCode", "only"),
    value: junk,
  }),
  fc.record({ kind: fc.constant("file"), id: fc.constantFrom(...questionIds) }),
);

type Mutation = { kind: string; id?: string; name?: string; value?: string };

function mutate(form: FormData, m: Mutation) {
  const name = `answers.${m.id}`;
  switch (m.kind) {
    case "drop":
      for (const key of [...form.keys()])
        if (key === name || key.startsWith(`${name}.`)) form.delete(key);
      break;
    case "garbage":
      for (const key of [...form.keys()])
        if (key === name || key.startsWith(`${name}.`)) form.set(key, m.value!);
      break;
    case "extra":
      form.append(m.name!, m.value!);
      break;
    case "field":
      form.set(m.name!, m.value!);
      break;
    case "file":
      for (const key of [...form.keys()])
        if (key === name || key.startsWith(`${name}.`)) form.set(key, new Blob(["x"]), "x.txt");
      break;
  }
  return form;
}

/** A call whose body React's encoder made: our code must answer it, never with a 500. */
async function encoded(baseURL: string, who: Actor, key: string, page: string, args: unknown[]) {
  tally.encoded++;
  const result = await callAction(who.http, baseURL, { page, key, args });
  expectClean(key, result.body);
  expect(result.status, `${key}: ${result.body.slice(0, 200)}`).not.toBe(500);
  return result;
}

test("encoded payloads: every action answers junk with a message, never a 500, and stores nothing", async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  const before = await snapshot();
  const submitKey = "app/(en)/(reader)/[slug]/quiz/actions.ts#submitQuiz";
  const options = { numRuns: RUNS, seed: 20261126 };
  // Always tried, whatever the seed draws: junk inside each kind of grouped answer.
  const grouped = quiz.questions.filter((q) => q.type === "order" || q.type === "match");
  const examples = grouped.map(
    (q) =>
      [{ kind: "garbage" as const, id: q.id, value: "x" }] as [
        { kind: "garbage"; id: string; value: string },
      ],
  );

  // The quiz: a valid class submission with one thing wrong (a fresh attempt id each time).
  await fc.assert(
    fc.asyncProperty(quizMutation, async (m) => {
      const fields = { slug: SLUG, attemptId: randomUUID(), classCode: code };
      const form = mutate(quizForm(quiz.questions, fields, true), m as Mutation);
      const result = await encoded(baseURL!, student, submitKey, `/${SLUG}/quiz`, [null, form]);
      // "extra" under an unknown name could be React plumbing ($ACTION_…): still never a result.
      expect(result.redirect, JSON.stringify(m).slice(0, 200)).toBeUndefined();
    }),
    { ...options, examples },
  );

  // Wrong-typed arguments for every action: anything React can encode in place of a form.
  const anything = fc.array(
    fc.oneof(fc.anything({ maxDepth: 3 }), fc.constant(new FormData()), fc.string()),
    { maxLength: 4 },
  );
  for (const { key, pages } of buildActions()) {
    const page =
      pages[0]!
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace("[slug]", SLUG)
        .replace("[code]", code)
        .replace("[attemptId]", randomUUID()) || "/";
    // Signing out works with any arguments (it needs none): the teacher must stay signed in.
    const callers = key.endsWith("#signOutAction") ? [stranger] : [stranger, student, teacher];
    for (const who of callers) {
      await fc.assert(
        fc.asyncProperty(anything, async (args) => {
          const result = await encoded(baseURL!, who, key, page, args);
          // Only a sign-out, or a refusal sent back to a page of ours, may redirect.
          if (result.redirect)
            expect(result.redirect, key).toMatch(/^(\/|http:\/\/localhost:\d+\/)/);
        }),
        { numRuns: 8, seed: 20261126 },
      );
    }
  }

  // Forms with the right names and wrong values.
  // Invalid by construction: too long even after trimming, or starting with a symbol.
  const invalidName = (max: number) =>
    fc.oneof(
      fc.constantFrom("", " ", "-dash", "a\u0000b", "<script>", "Ann\nB"),
      fc.string({ maxLength: 200 }).map((rest) => "x".repeat(max + 1) + rest),
      fc.string({ maxLength: 20 }).map((rest) => `<${rest}`),
    );
  const nickname = invalidName(24);
  await fc.assert(
    fc.asyncProperty(nickname, fc.oneof(fc.constant(code), junk), async (nick, klass) => {
      const result = await encoded(
        baseURL!,
        stranger,
        "app/(en)/(class)/c/[code]/actions.ts#joinAction",
        `/c/${code}`,
        [klass, null, formOf({ nickname: nick })],
      );
      expect(result.redirect).toBeUndefined();
    }),
    options,
  );
  await fc.assert(
    fc.asyncProperty(invalidName(40), async (name) => {
      const result = await encoded(
        baseURL!,
        stranger,
        "app/(en)/(account)/signin/actions.ts#continueAs",
        "/signin",
        [null, formOf({ name, from: "/me" })],
      );
      expect(result.redirect).toBeUndefined();
    }),
    options,
  );
  const classFields = fc.record({
    title: fc.oneof(fc.constant(""), fc.string({ minLength: 81, maxLength: 300 })),
    slug: fc.oneof(fc.constant(SLUG), junk),
    feedback: fc.oneof(fc.constantFrom("immediate", "after-close"), junk),
    closesAt: fc.oneof(fc.constant(""), junk),
  });
  await fc.assert(
    fc.asyncProperty(classFields, async (fields) => {
      const result = await encoded(
        baseURL!,
        teacher,
        "app/(en)/(teacher)/teach/actions.ts#createClassAction",
        "/teach",
        [null, formOf(fields)],
      );
      expect(result.redirect).toBeUndefined();
    }),
    options,
  );
  await fc.assert(
    fc.asyncProperty(junk, fc.oneof(fc.constant(code), junk), async (op, klass) => {
      await encoded(
        baseURL!,
        teacher,
        "app/(en)/(teacher)/teach/actions.ts#classAction",
        `/teach/${code}`,
        [formOf({ code: klass, op })],
      );
    }),
    options,
  );

  // Moderation: junk everywhere, or the real student with a name that must be refused, or a
  // removal without its tick. Nothing may change.
  const studentId = await studentIdOf(teacher, code, NICK);
  const moderation = fc.oneof(
    fc.record({ code: fc.oneof(fc.constant(code), junk), op: junk, studentId: junk }),
    fc.record({
      code: fc.constant(code),
      op: fc.constant("rename"),
      studentId: fc.constant(studentId),
      nickname: fc.oneof(nickname, fc.constantFrom("shit", "FuCk", "b!tch")),
    }),
    fc.record({
      code: fc.constant(code),
      op: fc.constant("remove"),
      studentId: fc.constant(studentId),
      confirm: junk.filter((v) => v !== "yes"),
    }),
  );
  await fc.assert(
    fc.asyncProperty(moderation, async (fields) => {
      await encoded(
        baseURL!,
        teacher,
        "app/(en)/(teacher)/teach/actions.ts#moderateAction",
        `/teach/${code}`,
        [formOf(fields)],
      );
    }),
    options,
  );
  // "Delete my data" without the tick deletes nothing (the student's own, even).
  await fc.assert(
    fc.asyncProperty(
      junk.filter((v) => v !== "yes"),
      async (confirm) => {
        const result = await encoded(
          baseURL!,
          student,
          "app/(en)/(account)/me/actions.ts#deleteMyDataAction",
          "/me",
          [formOf({ confirm })],
        );
        expect(result.redirect).toMatch(/\/me\?delete=confirm/);
      },
    ),
    options,
  );

  const after = await snapshot();
  expect(after).toEqual(before);
  expect(before.attempts).toBe("1");
  expect(tally.leaks).toEqual([]);
  console.log(`fuzz (encoded): ${tally.encoded} calls, 0 server errors, nothing stored`);
});

test("raw garbage, undecodable paths and oversized bodies: 400 and 413, never 500, no stack", async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const limit = ACTION_BODY_LIMIT_KB * 1024;
  const before = await snapshot();
  const bodies = [
    "garbage{",
    "null",
    "[1,2,3]",
    '{"a":1}',
    '"$K99"',
    '["$@1"]',
    '["$Q5","$W3","$D1"]',
    `${"[".repeat(5000)}${"]".repeat(5000)}`,
  ];
  const statuses = new Map<number, number>();
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  for (const { key, id } of buildActions()) {
    for (const body of bodies) {
      for (const contentType of [
        "text/plain;charset=UTF-8",
        "application/json",
        "multipart/form-data; boundary=----x",
      ]) {
        tally.raw++;
        const response = await request.post("/signin", {
          headers: { "next-action": id, origin, "content-type": contentType },
          data: body,
          maxRedirects: 0,
        });
        expectClean(`${key} raw`, await response.text());
        count(response.status());
        expect(response.status(), `${key} ${contentType} ${body.slice(0, 20)}`).toBe(400);
      }
    }
    // A control character in a field name: a part header no browser sends.
    const nul = await request.post("/signin", {
      headers: { "next-action": actionId(key), origin },
      multipart: formOf({ "\u0000": "x", name: "Sam" }),
      maxRedirects: 0,
    });
    tally.raw++;
    expectClean(`${key} control character`, await nul.text());
    count(nul.status());
    expect(nul.status(), `${key} control character`).toBe(400);
    // Over the limit, with a length or streamed without one: 413.
    for (const body of [formOf({ name: "x".repeat(limit + 1) }), "x".repeat(limit + 1)]) {
      const response = await request.post("/signin", {
        headers: { "next-action": actionId(key), origin },
        ...(typeof body === "string" ? { data: body } : { multipart: body }),
        maxRedirects: 0,
      });
      tally.raw++;
      expectClean(`${key} oversized`, await response.text());
      count(response.status());
      expect(response.status(), `${key} oversized`).toBe(413);
    }
  }
  // Paths that cannot be decoded, on every kind of route.
  for (const path of ["/c/%ff%fe", "/%E0%A4%A", "/teach/%c0%80", `/${SLUG}/%ff`, "/me/%"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    tally.raw++;
    expectClean(path, await response.text());
    count(response.status());
    expect(response.status(), path).toBe(400);
  }
  expect(await snapshot()).toEqual(before);
  expect(tally.leaks).toEqual([]);
  console.log(
    `fuzz (raw): ${tally.raw} calls, statuses ${JSON.stringify(Object.fromEntries(statuses))}, no leaks, nothing stored`,
  );
});

test("the LTI endpoints answer junk with a plain refusal, never a 500, and store nothing", async ({
  baseURL,
}) => {
  const before = await snapshot();
  const origin = new URL(baseURL!).origin;
  // JWT-shaped junk too: three dot-separated base64url parts that decode to nothing of ours.
  const jwtish = fc
    .tuple(fc.base64String(), fc.base64String(), fc.base64String())
    .map((parts) => parts.map((p) => p.replace(/[+/=]/g, "")).join("."));
  const value = fc.oneof(junk, jwtish);
  const fields = fc.dictionary(
    fc.constantFrom(
      "iss",
      "login_hint",
      "target_link_uri",
      "client_id",
      "lti_deployment_id",
      "lti_message_hint",
      "lti_storage_target",
      "id_token",
      "state",
      "lti_storage_secret",
      "ticket",
      "session",
      "slug",
      "level",
      "lang",
      "key",
      "openid_configuration",
      "registration_token",
    ),
    value,
    { maxKeys: 6 },
  );
  const routes = [
    { method: "GET", path: "/lti/login" },
    { method: "POST", path: "/lti/login" },
    { method: "POST", path: "/lti/launch" },
    { method: "GET", path: "/lti/continue" },
    { method: "POST", path: "/lti/deep-link" },
    { method: "GET", path: "/lti/register" },
    { method: "GET", path: "/lti/pick" },
    { method: "GET", path: "/lti/failed" },
    { method: "GET", path: "/lti/open" },
  ];
  let calls = 0;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), fields, async ({ method, path }, form) => {
      calls++;
      const query = method === "GET" ? `?${new URLSearchParams(form)}` : "";
      const response = await stranger.http.fetch(`${path}${query}`, {
        method,
        headers: { origin },
        ...(method === "POST" && { form }),
        maxRedirects: 0,
      });
      const body = await response.text();
      expectClean(`${method} ${path}`, body);
      expect(
        response.status(),
        `${method} ${path} ${JSON.stringify(form).slice(0, 200)}`,
      ).toBeLessThan(500);
      // A refusal goes to the plain failure page, never to somewhere else.
      const location = response.headers().location;
      if (location) expect(location, path).toMatch(/\/lti\/failed\?why=[\w-]+$/);
    }),
    { numRuns: RUNS * 4, seed: 20261202 },
  );
  expect(await snapshot()).toEqual(before);
  expect(tally.leaks).toEqual([]);
  console.log(`fuzz (LTI): ${calls} calls, no 5xx, no leaks, nothing stored`);
});
