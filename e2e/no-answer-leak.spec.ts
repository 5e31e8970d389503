import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { typeOf } from "../lib/quiz/question-types/type-registry";
import { SLUG, quiz } from "./quiz-helpers";

// Explanations and "why not" reasons are server-only like the keys: if any reached the
// client, this finds it. Every one is checked (short ones too: none is page chrome).
const explanations = quiz.questions.map((q) => q.explanation);
const reasons = quiz.questions.flatMap((q) =>
  typeOf(q)
    .reasons(q)
    .map((r) => r.reason.text),
);
// The Spanish edition's words for them (content/<slug>/es/quiz.json, the same structure).
const spanishQuiz = JSON.parse(
  readFileSync(`content/briefings/${SLUG}/es/quiz.json`, "utf8"),
) as typeof quiz;
// A reason may restate a fact in the words the page itself shows: that one is no secret.
const spanishPage = ["briefing.json", "briefing.easy.json", "facts.json"]
  .map((file) => readFileSync(`content/briefings/${SLUG}/es/${file}`, "utf8"))
  .join("\n");
const spanishSecrets = spanishQuiz.questions
  .flatMap((q) => [
    q.explanation,
    ...typeOf(q)
      .reasons(q)
      .map((r) => r.reason.text),
  ])
  .filter((text) => !spanishPage.includes(text.slice(0, 60)));
const secrets = [...explanations, ...reasons, ...spanishSecrets];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

test("no answer key, explanation or reason reaches the client before submission", async ({
  request,
}) => {
  const html = await (await request.get(`/${SLUG}/quiz`)).text();
  const rsc = await (await request.get(`/${SLUG}/quiz`, { headers: { RSC: "1" } })).text();
  expect(rsc.length).toBeGreaterThan(1000);
  expect(reasons.length).toBeGreaterThan(40);
  for (const body of [html, rsc]) {
    for (const secret of secrets) expect(body).not.toContain(secret.slice(0, 60));
    expect(body).not.toMatch(/\\?"(answer|explanation|facts|why|whyNot|notInReport)\\?"\s*:/);
  }
  // Every question's prompt is there: the payload is the real quiz, minus the keys.
  for (const q of quiz.questions) expect(html).toContain(q.id);

  const chunks = filesUnder(path.join(process.cwd(), ".next", "static")).filter((f) =>
    /\.(js|css|json)$/.test(f),
  );
  expect(chunks.length).toBeGreaterThan(3);
  for (const file of chunks) {
    const text = readFileSync(file, "utf8");
    for (const secret of secrets) expect(text, file).not.toContain(secret.slice(0, 60));
  }
});

test("the Spanish pages and quiz carry no key, explanation or reason either", async ({
  request,
}) => {
  expect(spanishSecrets.length).toBeGreaterThan(40);
  for (const route of [`/es/${SLUG}`, `/es/${SLUG}/easy`, `/es/${SLUG}/quiz`]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const body = await (await request.get(route, { headers })).text();
      expect(body.length, route).toBeGreaterThan(1000);
      for (const secret of spanishSecrets) expect(body, route).not.toContain(secret.slice(0, 60));
      // The briefing pages list facts by design; the quiz has no field that would give one away.
      if (route.endsWith("/quiz"))
        expect(body).not.toMatch(/\\?"(answer|explanation|facts|why|whyNot|notInReport)\\?"\s*:/);
    }
  }
  // The Spanish quiz is the real one, minus its keys: every question is there.
  const html = await (await request.get(`/es/${SLUG}/quiz`)).text();
  for (const q of spanishQuiz.questions) expect(html).toContain(q.id);
  // Nor does any Spanish one reach the build's static files (the build output for /es).
  const prerendered = filesUnder(path.join(process.cwd(), ".next", "server", "app", "es"))
    .filter((f) => /quiz\.(html|rsc)$/.test(f))
    .concat(filesUnder(path.join(process.cwd(), ".next", "static")));
  expect(prerendered.some((f) => f.endsWith("quiz.html"))).toBe(true);
  for (const file of prerendered) {
    const text = readFileSync(file, "utf8");
    for (const secret of spanishSecrets) expect(text, file).not.toContain(secret.slice(0, 60));
  }
});
