import { randomUUID } from "node:crypto";
import { expect, request, type APIRequestContext } from "@playwright/test";
import { quiz, SLUG } from "../quiz-helpers";
import { from } from "./networks";
import { callAction, formOf, quizForm } from "./server-actions";

// The people of the HTTP specs, each a cookie jar of their own, made through the same
// actions a browser calls.

export type Actor = { name: string; http: APIRequestContext };

/** A page's text with React's text separators taken out, so markers read as on screen. */
export async function pageText(who: Actor, path: string): Promise<{ ok: boolean; text: string }> {
  const response = await who.http.get(path);
  return { ok: response.ok(), text: (await response.text()).replaceAll("<!-- -->", "") };
}

export async function actor(baseURL: string, name: string): Promise<Actor> {
  return { name, http: await request.newContext({ baseURL }) };
}

/** Someone signed in with "Continue as…", from a network of its own when `ip` is given. */
export async function signedIn(baseURL: string, name: string, ip?: string): Promise<Actor> {
  const person = ip ? await from(baseURL, ip, name) : await actor(baseURL, name);
  const result = await callAction(person.http, baseURL, {
    page: "/signin",
    key: "app/(en)/(account)/signin/actions.ts#continueAs",
    args: [null, formOf({ name })],
  });
  expect(result.redirect, `${name} signs in`).toMatch(/\/me$/);
  return person;
}

export async function createClass(baseURL: string, teacher: Actor): Promise<string> {
  const result = await callAction(teacher.http, baseURL, {
    page: "/teach",
    key: "app/(en)/(teacher)/teach/actions.ts#createClassAction",
    args: [
      null,
      formOf({
        title: `Class of ${teacher.name}`,
        slug: SLUG,
        feedback: "immediate",
        closesAt: "",
      }),
    ],
  });
  const code = result.redirect?.match(/\/teach\/([A-Z2-9]{6})$/)?.[1];
  expect(code, `${teacher.name} creates a class`).toBeTruthy();
  return code!;
}

export async function join(baseURL: string, student: Actor, code: string, nickname: string) {
  const result = await callAction(student.http, baseURL, {
    page: `/c/${code}`,
    key: "app/(en)/(class)/c/[code]/actions.ts#joinAction",
    args: [code, null, formOf({ nickname })],
  });
  expect(result.redirect, `${student.name} joins`).toMatch(new RegExp(`/c/${code}$`));
}

/** A whole, valid submission; returns the stored attempt's id. */
export async function submit(
  baseURL: string,
  student: Actor,
  { classCode, right = true }: { classCode?: string; right?: boolean } = {},
): Promise<string> {
  const fields = { slug: SLUG, attemptId: randomUUID(), ...(classCode ? { classCode } : {}) };
  const result = await callAction(student.http, baseURL, {
    page: `/${SLUG}/quiz`,
    key: "app/(en)/(reader)/[slug]/quiz/actions.ts#submitQuiz",
    args: [null, quizForm(quiz.questions, fields, right)],
  });
  const id = result.redirect?.match(/\/quiz\/result\/([0-9a-f-]{36})$/)?.[1];
  expect(id, `${student.name} submits: ${result.body.slice(0, 300)}`).toBe(fields.attemptId);
  return id!;
}

/** A student's id in a class, read from the teacher's dashboard (the row with that nickname). */
export async function studentIdOf(teacher: Actor, code: string, nickname: string) {
  const dashboard = await (await teacher.http.get(`/teach/${code}`)).text();
  const row = dashboard
    .split('id="student-')
    .find((chunk) => new RegExp(`^[^"]+"[^>]*>\\s*<th[^>]*>${nickname}<`).test(chunk));
  expect(row, `${nickname}'s row on ${teacher.name}'s dashboard`).toBeTruthy();
  return row!.slice(0, row!.indexOf('"'));
}
