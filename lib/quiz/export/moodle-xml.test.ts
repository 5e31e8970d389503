// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/quiz/question-types/type-registry";
import { exportInputs, inputName } from "@/test/support/export-inputs";
import { moodleXmlExport } from "./moodle-xml";

// The Moodle XML export, read back as XML: well-formed, one category named after the
// briefing, and each type of ours as the Moodle question type that keeps it, with its
// answers, fractions and feedback.

const stories = exportInputs().map((input) => {
  const xml = moodleXmlExport(input);
  return {
    input,
    quiz: input.quiz,
    xml,
    doc: new DOMParser().parseFromString(xml, "application/xml"),
  };
});

/** The text of an HTML field (inside CDATA), back to plain text. */
function textOf(el: Element | null | undefined) {
  const html = document.createElement("div");
  html.innerHTML = el?.querySelector(":scope > text")?.textContent ?? "";
  return html.textContent;
}

describe("the Moodle XML export", () => {
  it.each(stories.map((s) => [inputName(s.input), s] as const))(
    "%s: well-formed, typed, keyed",
    (_, s) => {
      const { doc, quiz, input } = s;
      expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
      const questions = [...doc.querySelectorAll("quiz > question")];
      expect(questions[0]!.getAttribute("type")).toBe("category");
      expect(questions[0]!.querySelector("category > text")?.textContent).toBe(
        `$course$/top/${input.title}`,
      );
      const byName = new Map(
        questions.slice(1).map((q) => [q.querySelector("name > text")!.textContent, q]),
      );
      expect([...byName.keys()]).toEqual(quiz.questions.map((q) => q.id));
      for (const q of quiz.questions) checkQuestion(q, byName.get(q.id)!);
    },
  );

  it("covers every question type the site has", () => {
    const types = new Set(stories.flatMap((s) => s.quiz.questions.map((q) => q.type)));
    expect([...types].sort()).toEqual(
      ["evidence", "match", "multi", "order", "single", "true-false"].sort(),
    );
  });
});

const MOODLE_TYPE: Record<Question["type"], string> = {
  single: "multichoice",
  evidence: "multichoice",
  multi: "multichoice",
  "true-false": "truefalse",
  order: "ordering",
  match: "matching",
};

function checkQuestion(q: Question, el: Element) {
  expect(el.getAttribute("type"), q.id).toBe(MOODLE_TYPE[q.type]);
  expect(textOf(el.querySelector("generalfeedback"))?.startsWith(q.explanation)).toBe(true);
  const answers = [...el.querySelectorAll(":scope > answer")].map((a) => ({
    fraction: Number(a.getAttribute("fraction")),
    text: textOf(a),
    feedback: textOf(a.querySelector("feedback")),
  }));
  switch (q.type) {
    case "single":
    case "evidence":
      expect(el.querySelector("single")?.textContent).toBe("true");
      expect(answers.map((a) => a.text)).toEqual(q.options.map((o) => o.text));
      expect(answers.map((a) => a.fraction)).toEqual(
        q.options.map((o) => (o.id === q.answer ? 100 : 0)),
      );
      q.options.forEach((o, i) => {
        if (o.why) expect(answers[i]!.feedback).toContain(o.why.text);
      });
      return;
    case "multi": {
      expect(el.querySelector("single")?.textContent).toBe("false");
      const right = q.options.filter((o) => q.answer.includes(o.id));
      const positive = answers.filter((a) => a.fraction > 0);
      expect(positive.map((a) => a.text)).toEqual(right.map((o) => o.text));
      expect(positive.reduce((sum, a) => sum + a.fraction, 0)).toBeCloseTo(100, 3);
      // Each wrong option takes its share off, as our scoring does; all of them take it all.
      const negative = answers.filter((a) => a.fraction < 0);
      expect(negative.reduce((sum, a) => sum + a.fraction, 0)).toBeCloseTo(-100, 3);
      return;
    }
    case "true-false":
      expect(answers.map((a) => [a.text, a.fraction])).toEqual([
        ["true", q.answer ? 100 : 0],
        ["false", q.answer ? 0 : 100],
      ]);
      expect(answers.find((a) => a.fraction === 0)!.feedback).toContain(q.whyNot.text);
      return;
    case "order":
      expect(el.querySelector("gradingtype")?.textContent).toBe("RELATIVE_ALL_PREVIOUS_AND_NEXT");
      expect(answers.map((a) => a.text)).toEqual(
        q.answer.map((id) => q.items.find((i) => i.id === id)!.text),
      );
      expect(textOf(el.querySelector("incorrectfeedback"))).toContain(q.items[0]!.why.text);
      return;
    case "match": {
      const pairs = [...el.querySelectorAll("subquestion")].map((s) => [
        textOf(s),
        s.querySelector("answer > text")?.textContent,
      ]);
      expect(pairs).toEqual(
        q.prompts.map((line) => [
          line.text,
          q.options.find((o) => o.id === q.answer[line.id])!.text,
        ]),
      );
      expect(textOf(el.querySelector("incorrectfeedback"))).toContain(q.prompts[0]!.why.text);
    }
  }
}
