import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { listBriefingSlugs } from "@/lib/content/load-briefings.server";
import { loadQuiz } from "@/lib/quiz/load-quiz.server";
import { ACTION_BODY_LIMIT_KB } from "./body-limit";

// React's own client encoder, as the browser uses it: the bytes measured are the bytes sent.
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-turbopack/client.edge",
) as { encodeReply: (args: unknown[]) => Promise<string | FormData> };

const longest = (ids: string[]) => ids.reduce((a, b) => (b.length > a.length ? b : a), "");

/** Every field a quiz form can carry, each with its longest value: more than any real post. */
async function largestSubmissionBytes(slug: string): Promise<number> {
  const quiz = loadQuiz(slug)!;
  const form = new FormData();
  form.append("slug", slug);
  form.append("attemptId", crypto.randomUUID());
  form.append("classCode", "ABCDEF");
  form.append("only", quiz.questions.map((q) => q.id).join(","));
  for (const q of quiz.questions) {
    const name = `answers.${q.id}`;
    if (q.type === "single" || q.type === "evidence")
      form.append(name, longest(q.options.map((o) => o.id)));
    if (q.type === "true-false") form.append(name, "false");
    if (q.type === "multi") for (const o of q.options) form.append(name, o.id);
    if (q.type === "order")
      q.items.forEach((item, i) => form.append(`${name}.${item.id}`, `${i + 1}`));
    if (q.type === "match") {
      const option = longest(q.options.map((o) => o.id));
      for (const p of q.prompts) form.append(`${name}.${p.id}`, option);
    }
  }
  // The previous state goes back with the form: at most the echo of these answers.
  const state = { errors: {}, values: Object.fromEntries(form.entries()) };
  return (await new Response(await encodeReply([state, form])).arrayBuffer()).byteLength;
}

describe("server action body limit", () => {
  it("is at least twice the largest legitimate submission of every quiz", async () => {
    for (const slug of listBriefingSlugs()) {
      if (!loadQuiz(slug)) continue;
      const bytes = await largestSubmissionBytes(slug);
      expect(bytes, slug).toBeGreaterThan(1000);
      expect(bytes * 2, slug).toBeLessThanOrEqual(ACTION_BODY_LIMIT_KB * 1024);
    }
  });
});
