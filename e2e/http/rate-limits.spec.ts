import { randomUUID } from "node:crypto";
import { expect, test } from "../fixtures";
import { quiz, SLUG } from "../quiz-helpers";
import { createClass, join, pageText, signedIn, submit } from "./actors";
import { clearOfWindowEdge, from, network } from "./networks";
import { callAction, formOf, quizForm } from "./server-actions";
import { RULES } from "../../lib/rate-limit/rules";

test("a reader's 31st submission in ten minutes is refused with a wait, and nothing is stored", async ({
  baseURL,
}) => {
  await clearOfWindowEdge(RULES.submitPerSubject.windowMs);
  const reader = await from(baseURL!, network());
  for (let i = 0; i < RULES.submitPerSubject.limit; i++) await submit(baseURL!, reader);
  const refused = await callAction(reader.http, baseURL!, {
    page: `/${SLUG}/quiz`,
    key: "app/(en)/(reader)/[slug]/quiz/actions.ts#submitQuiz",
    args: [null, quizForm(quiz.questions, { slug: SLUG, attemptId: randomUUID() })],
  });
  expect(refused.redirect).toBeUndefined();
  expect(refused.body).toContain("That is a lot of submissions in a few minutes. Try again in");
  expect(refused.body).toMatch(/"retryAfterSeconds":\d+/);
  expect(refused.body).toContain("Your answers are kept on this device.");
  const me = (await pageText(reader, "/me")).text;
  expect(me).toMatch(new RegExp(`>Attempts</dt><dd[^>]*>${RULES.submitPerSubject.limit}<`));
  await reader.http.dispose();
});

test("sign-in attempts from one network: after the limit, 429 with Retry-After and a message", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  await clearOfWindowEdge(RULES.signInPerIp.windowMs);
  const ip = network();
  const visitor = await from(baseURL!, ip);
  // Auth.js's own endpoint, as a script would hit it (no CSRF token: refused, but counted).
  for (let i = 0; i < RULES.signInPerIp.limit; i++) {
    const response = await visitor.http.post("/api/auth/signin/oidc", { maxRedirects: 0 });
    expect(response.status()).not.toBe(429);
  }
  const limited = await visitor.http.post("/api/auth/callback/local", { maxRedirects: 0 });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await limited.text()).toContain("Too many sign-in attempts from this network.");

  // Our own forms say so too, and nobody is signed in.
  const byName = await callAction(visitor.http, baseURL!, {
    page: "/signin",
    key: "app/(en)/(account)/signin/actions.ts#continueAs",
    args: [null, formOf({ name: "Rate Limited" })],
  });
  expect(byName.body).toContain("Too many sign-in attempts from this network.");
  const provider = await callAction(visitor.http, baseURL!, {
    page: "/signin",
    key: "app/(en)/(account)/signin/actions.ts#signInWithProvider",
    args: [formOf({ provider: "oidc" })],
  });
  expect(provider.redirect).toContain("/signin?error=RateLimited");
  expect(await (await visitor.http.get("/api/auth/session")).json()).toBeNull();

  // Another network is not affected.
  const elsewhere = await from(baseURL!, network());
  expect(
    (await elsewhere.http.post("/api/auth/signin/oidc", { maxRedirects: 0 })).status(),
  ).not.toBe(429);
  await Promise.all([visitor.http.dispose(), elsewhere.http.dispose()]);
});

test("guessing class codes: after the limit even a real code tells nothing", async ({
  baseURL,
}) => {
  await clearOfWindowEdge(RULES.unknownClassPerIp.windowMs);
  const ip = network();
  const teacher = await from(baseURL!, network(), `Teacher ${randomUUID().slice(0, 8)}`);
  await callAction(teacher.http, baseURL!, {
    page: "/signin",
    key: "app/(en)/(account)/signin/actions.ts#continueAs",
    args: [null, formOf({ name: teacher.name })],
  });
  const code = await createClass(baseURL!, teacher);
  const guesser = await from(baseURL!, ip);
  expect(await (await guesser.http.get(`/c/${code}`)).text()).toContain("Join a class");
  for (let i = 0; i < RULES.unknownClassPerIp.limit; i++) {
    const miss = await (await guesser.http.get(`/c/ZZZZ${String(i).padStart(2, "2")}`)).text();
    expect(miss).not.toContain("Too many tries");
  }
  const real = await (await guesser.http.get(`/c/${code}`)).text();
  expect(real).toContain("Too many tries");
  expect(real).not.toContain("Join a class");
  // A student elsewhere joins as usual.
  const student = await from(baseURL!, network());
  await join(baseURL!, student, code, "Sam");
  await Promise.all([teacher.http.dispose(), guesser.http.dispose(), student.http.dispose()]);
});

test("a teacher's 21st class in an hour is refused with a message", async ({ baseURL }) => {
  await clearOfWindowEdge(RULES.createClassPerTeacher.windowMs);
  const teacher = await signedIn(baseURL!, `Busy ${randomUUID().slice(0, 8)}`, network());
  for (let i = 0; i < RULES.createClassPerTeacher.limit; i++) await createClass(baseURL!, teacher);
  const refused = await callAction(teacher.http, baseURL!, {
    page: "/teach",
    key: "app/(en)/(teacher)/teach/actions.ts#createClassAction",
    args: [null, formOf({ title: "One more", slug: SLUG, feedback: "immediate" })],
  });
  expect(refused.redirect).toBeUndefined();
  expect(refused.body).toContain("You have made many classes in the last hour. Try again in");
  await teacher.http.dispose();
});

test("a teacher's quiz files past the limit: 429 with Retry-After, and no answers", async ({
  baseURL,
}) => {
  await clearOfWindowEdge(RULES.exportPerTeacher.windowMs);
  const teacher = await signedIn(baseURL!, `Exporter ${randomUUID().slice(0, 8)}`, network());
  const path = `/teach/export/${SLUG}-quiz.gift.txt`;
  for (let i = 0; i < RULES.exportPerTeacher.limit; i++) {
    expect((await teacher.http.get(path)).status()).toBe(200);
  }
  const refused = await teacher.http.get(path);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  const text = await refused.text();
  expect(text).toContain(RULES.exportPerTeacher.message);
  expect(text).not.toContain(quiz.questions[0]!.explanation);
  await teacher.http.dispose();
});

test("behind the trusted proxy, what a client writes before the proxy's entry changes nothing", async ({
  baseURL,
}) => {
  await clearOfWindowEdge(RULES.unknownClassPerIp.windowMs);
  const real = network();
  // The proxy appends the address it saw; anything before it is the client's own word.
  const first = await from(baseURL!, `6.6.6.6, ${real}`);
  const second = await from(baseURL!, `7.7.7.7, 8.8.8.8, ${real}`);
  for (let i = 0; i <= RULES.unknownClassPerIp.limit; i++) {
    await first.http.get(`/c/ZZ${String(i).padStart(4, "2").replace(/[01]/g, "3")}`);
  }
  expect(await (await second.http.get("/c/ZZZZZZ")).text()).toContain("Too many tries");
  await Promise.all([first.http.dispose(), second.http.dispose()]);
});
