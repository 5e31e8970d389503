import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { SLUG, quiz } from "./quiz-helpers";

// Explanations are long and unique: if any reached the client, this finds it.
const explanations = quiz.questions.map((q) => q.explanation);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

test("no answer key or explanation reaches the client before submission", async ({ request }) => {
  const html = await (await request.get(`/${SLUG}/quiz`)).text();
  const rsc = await (await request.get(`/${SLUG}/quiz`, { headers: { RSC: "1" } })).text();
  expect(rsc.length).toBeGreaterThan(1000);
  for (const body of [html, rsc]) {
    for (const explanation of explanations) expect(body).not.toContain(explanation.slice(0, 60));
    expect(body).not.toMatch(/\\?"(answer|explanation|facts)\\?"\s*:/);
  }
  // Every question's prompt is there: the payload is the real quiz, minus the keys.
  for (const q of quiz.questions) expect(html).toContain(q.id);

  const chunks = filesUnder(path.join(process.cwd(), ".next", "static")).filter((f) =>
    /\.(js|css|json)$/.test(f),
  );
  expect(chunks.length).toBeGreaterThan(3);
  for (const file of chunks) {
    const text = readFileSync(file, "utf8");
    for (const explanation of explanations)
      expect(text, file).not.toContain(explanation.slice(0, 60));
  }
});
